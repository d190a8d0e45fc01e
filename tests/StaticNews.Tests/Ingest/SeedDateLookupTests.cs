using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Diagnostics;
using StaticNews.Enrichment;
using StaticNews.Ingest;
using StaticNews.Text;

namespace StaticNews.Tests.Ingest;

/// <summary>
/// A seed whose text holds no date is dated by the git commit that added it, else by its file
/// time. Git is asked once for all seeds, and only when a seed needs it: a new wire article
/// that carries its date never waits for a `git log` over the archive's history.
/// </summary>
[Trait("Category", "Slow")]
public class SeedDateLookupTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    [Fact]
    public void A_seed_is_dated_by_the_commit_that_added_it()
    {
        using var site = new TestSite("ritzau-amnesti.txt", "tv2-billund.txt");
        var asked = new List<string>();
        var lookup = new SeedDateLookup(site.Seeds)
        {
            RunGit = arguments =>
            {
                asked.Add(arguments);
                return arguments.StartsWith("rev-parse", StringComparison.Ordinal)
                    ? site.Root + "\n"
                    : "\u00012024-05-01T10:00:00+02:00\ninput/seeds/ritzau-amnesti.txt\n\n\u00012024-06-01T09:00:00+02:00\ninput/seeds/ritzau-amnesti.txt\ninput/seeds/tv2-billund.txt\n";
            },
        };

        // The oldest commit naming a file is the one that added it.
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(2)), lookup.DateOf(Path.Combine(site.Seeds, "ritzau-amnesti.txt")).Date);
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 9, 0, 0, TimeSpan.FromHours(2)), lookup.DateOf(Path.Combine(site.Seeds, "tv2-billund.txt")).Date);
        Assert.Equal(2, asked.Count);
    }

    [Fact]
    public void Outside_a_checkout_a_seed_is_dated_by_its_file_time()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        var seed = Path.Combine(site.Seeds, "ritzau-amnesti.txt");
        var written = new DateTime(2021, 3, 4, 5, 6, 7, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(seed, written);
        var lookup = new SeedDateLookup(site.Seeds) { RunGit = _ => "" };

        Assert.Equal((new DateTimeOffset(written), DateSource.FileTime), lookup.DateOf(seed));
    }

    [Fact]
    public void Git_is_asked_only_for_a_seed_whose_text_holds_no_date()
    {
        using var site = new TestSite("tv2-borgmestre.txt", "tv2-billund.txt");
        var asked = 0;
        Ingest(site, new SeedDateLookup(site.Seeds) { RunGit = _ => { asked++; return ""; } });
        Assert.Equal(0, asked);

        site.AddSeed("ritzau-amnesti.txt");
        Ingest(site, new SeedDateLookup(site.Seeds) { RunGit = _ => { asked++; return ""; } });
        Assert.NotEqual(0, asked);
    }

    private static void Ingest(TestSite site, SeedDateLookup lookup)
    {
        var diagnostics = new DiagnosticBag();
        IEnricher[] enrichers = [new TitleEnricher(), new SummaryEnricher(), new DateEnricher(DateTimeOffset.UtcNow, Copenhagen), new LanguageEnricher("da"), new SlugEnricher()];
        var report = new Ingestor(site.Paths, new SeedReading(new SeedParser(SiteConfig.DefaultBoilerplate, new DanishDateParser(Copenhagen)), enrichers, lookup, Copenhagen), diagnostics).Run();
        Assert.Equal(0, report.Failed);
    }
}
