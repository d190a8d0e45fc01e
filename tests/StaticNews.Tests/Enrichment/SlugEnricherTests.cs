using StaticNews.Enrichment;
using StaticNews.Text;

namespace StaticNews.Tests.Enrichment;

/// <summary>
/// A new article's slug is its headline's first words, at most 60 characters, cut where a word
/// ends; an article already written keeps the slug its front matter holds, and so its URL.
/// </summary>
public class SlugEnricherTests
{
    private static string SlugOf(string title) => new SlugEnricher().Enrich(new ArticleDraft { Blocks = [], Title = title }).Slug;

    [Theory]
    [InlineData("Aserbajdsjan åbner for amnesti til armenske soldater", "aserbajdsjan-aabner-for-amnesti-til-armenske-soldater")]
    [InlineData("Statsminister Mette Frederiksen (S) vil have Folketinget til at vedtage en ny hjælpepakke",
        "statsminister-mette-frederiksen-s-vil-have-folketinget-til")]
    [InlineData("Ejendomsselskabet Norden ønsker at vokse sig endnu større end det bliver efter fusionen",
        "ejendomsselskabet-norden-oensker-at-vokse-sig-endnu-stoerre")]
    public void A_headline_gives_its_first_words_up_to_60_characters(string title, string slug)
    {
        Assert.Equal(slug, SlugOf(title));
        Assert.InRange(slug.Length, 1, SlugEnricher.MaxLength);
        // Cut where a word ends: the whole headline's slug goes on with a hyphen, or ends there.
        var whole = Slugifier.Slugify(title);
        Assert.StartsWith(slug, whole);
        Assert.True(whole.Length == slug.Length || whole[slug.Length] == '-');
    }

    [Fact]
    public void An_article_already_written_keeps_its_longer_slug_and_its_url()
    {
        using var site = new TestSite();
        const string slug = "regeringen-og-dansk-folkeparti-indgaar-en-bred-aftale-om-et-nyt-beredskab";
        Assert.True(slug.Length > SlugEnricher.MaxLength);
        File.WriteAllText(Path.Combine(site.Articles, slug + ".md"),
            $"---\ntitle: Regeringen og Dansk Folkeparti indgår en bred aftale om et nyt beredskab\ndate: 2023-09-22T10:00:00+02:00\nslug: {slug}\n---\n\nTekst.\n");

        Assert.True(site.Build().Succeeded);

        Assert.True(File.Exists(Path.Combine(site.Output, "2023", "09", "22", slug, "index.html")));
    }
}
