using StaticNews.Text;

namespace StaticNews.Enrichment;

/// <summary>The slug is the title, slugified; ingest makes it unique across the site.</summary>
public sealed class SlugEnricher : IEnricher
{
    public ArticleDraft Enrich(ArticleDraft draft) => draft with { Slug = Slugifier.Slugify(draft.Title) };
}
