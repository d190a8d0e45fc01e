using StaticNews.Text;

namespace StaticNews.Enrichment;

/// <summary>
/// The slug is the title, slugified and cut at a word boundary to at most <see cref="MaxLength"/>
/// characters; ingest makes it unique across the site. An article's URL is repeated in every
/// list, feed, related link and sitemap that names it, so a whole headline's slug is paid for
/// dozens of times; its first words are enough to tell the article. Only a new article gets a
/// slug here: one already written keeps the slug its front matter holds, and so its URL.
/// </summary>
public sealed class SlugEnricher : IEnricher
{
    public const int MaxLength = 60;

    public ArticleDraft Enrich(ArticleDraft draft) => draft with { Slug = Slugifier.Slugify(draft.Title, MaxLength) };
}
