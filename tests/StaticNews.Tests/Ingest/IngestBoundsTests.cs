using System.Text;
using StaticNews.Content;
using StaticNews.Diagnostics;
using StaticNews.Enrichment;

namespace StaticNews.Tests.Ingest;

/// <summary>
/// Ingest never writes what load refuses: a seed whose first paragraph is 960 KB (under the 2 MB a
/// seed may be) becomes an article whose summary is cut at a sentence within the summary's bound,
/// so its front matter stays far under load's 64 kB, and the article is on the site.
/// </summary>
[Trait("Category", "Slow")]
public sealed class IngestBoundsTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>A seed with a title, a date line, one first paragraph of about <paramref name="bytes"/> bytes and a short second one (too big to commit: made here).</summary>
    private static string HugeLeadSeed(int bytes, string sentence)
    {
        var text = new StringBuilder("Et meget langt første afsnit\n\n4. januar 2010 kl. 08:50\n\n");
        for (var n = 1; text.Length < bytes; n++) text.Append(sentence.Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return text.Append("\n\nEt kort andet afsnit.\n").ToString();
    }

    private static (TestSite Site, string Markdown, StaticNews.Pipeline.BuildResult Result) Built(string seed)
    {
        var site = new TestSite();
        File.WriteAllText(Path.Combine(site.Seeds, "langt.txt"), seed);
        var result = site.Build();
        var markdown = File.ReadAllText(Path.Combine(site.Articles, Assert.Single(site.ArticleFiles())));
        return (site, markdown, result);
    }

    [Fact]
    public void A_960_KB_first_paragraph_is_cut_at_a_sentence_and_load_reads_the_article()
    {
        var (site, markdown, result) = Built(HugeLeadSeed(960 * 1024, "Sætning nummer {n} handler om havnen i Aarhus. "));
        using (site)
        {
            Assert.DoesNotContain(result.Diagnostics.All, d => d.Severity == Severity.Error);
            Assert.Single(result.State.Model!.Articles);
            var summary = ArticleFileFormat.Read("langt.md", markdown, Copenhagen).FrontMatter.Summary;
            Assert.InRange(summary.Length, SummaryEnricher.MaxLength / 2, SummaryEnricher.MaxLength);
            Assert.EndsWith("handler om havnen i Aarhus.", summary);
            Assert.Contains(result.Diagnostics.All, d => d.Severity == Severity.Warning && d.Message.StartsWith("the first paragraph is ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_first_sentence_longer_than_the_bound_is_cut_at_a_word_with_an_ellipsis()
    {
        var (site, markdown, result) = Built(HugeLeadSeed(960 * 1024, "og ord nummer {n} "));
        using (site)
        {
            Assert.DoesNotContain(result.Diagnostics.All, d => d.Severity == Severity.Error);
            Assert.Single(result.State.Model!.Articles);
            var summary = ArticleFileFormat.Read("langt.md", markdown, Copenhagen).FrontMatter.Summary;
            Assert.True(summary.Length <= SummaryEnricher.MaxLength, $"{summary.Length} characters");
            Assert.EndsWith("…", summary);
            Assert.DoesNotMatch(@"\s…$", summary);
        }
    }

    [Theory]
    [InlineData("Kort indledning.")]
    [InlineData("")]
    public void A_lead_within_the_bound_is_the_summary_as_it_stands(string lead)
        => Assert.Equal(lead, SummaryEnricher.Bound(lead));

    [Fact]
    public void A_cut_never_splits_a_character_outside_the_basic_plane()
    {
        var lead = string.Concat(Enumerable.Repeat("😀", SummaryEnricher.MaxLength));
        var summary = SummaryEnricher.Bound(lead);
        Assert.False(char.IsHighSurrogate(summary[^2]));
        Assert.True(summary.Length <= SummaryEnricher.MaxLength);
    }

    /// <summary>An enricher past every bound: what a future enricher might do wrong.</summary>
    private sealed class OversizedSummary : IEnricher
    {
        public ArticleDraft Enrich(ArticleDraft draft)
            => draft with { Summary = new string('x', ArticleFileFormat.MaxFrontMatterBytes + 1), Date = new DateTimeOffset(2010, 1, 4, 8, 50, 0, TimeSpan.FromHours(1)) };
    }

    [Fact]
    public void Front_matter_past_loads_bound_is_never_written_whatever_an_enricher_makes()
    {
        using var site = new TestSite("tv2-billund.txt");
        var diagnostics = new DiagnosticBag();
        var ingestor = new StaticNews.Ingest.Ingestor(site.Paths, new StaticNews.Ingest.SeedReading(new StaticNews.Ingest.SeedParser([], new StaticNews.Text.DanishDateParser(Copenhagen)),
            [new TitleEnricher(), new SlugEnricher(), new OversizedSummary()], new StaticNews.Ingest.SeedDateLookup(site.Seeds), Copenhagen), diagnostics);

        var report = ingestor.Run();

        Assert.Equal(1, report.Failed);
        Assert.Empty(site.ArticleFiles());
        var error = Assert.Single(diagnostics.All);
        Assert.EndsWith("seeds/tv2-billund.txt", error.File);
        Assert.Matches(@"^its front matter \(title, summary, places, tags\) would take 6\d\.\d kB, more than the 64 kB an article may have; skipped$", error.Message);
    }
}
