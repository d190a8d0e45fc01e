using StaticNews.Content;

namespace StaticNews.Tests.Ingest;

[Trait("Category", "Slow")]
public class IngestorTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private const string RitzauSlug = "aserbajdsjan-aabner-for-amnesti-til-armenske-soldater";

    [Fact]
    public void Each_seed_becomes_a_front_mattered_Markdown_file()
    {
        using var site = new TestSite("ritzau-amnesti.txt", "tv2-borgmestre.txt", "tv2-billund.txt");
        var result = site.Ingest();

        Assert.Equal(3, result.State.Ingest!.Created);
        var ritzau = ArticleFileFormat.Read("x", site.ArticleText(RitzauSlug), Copenhagen).FrontMatter;
        Assert.Equal("Ritzau", ritzau.Source);
        Assert.Equal("seeds/ritzau-amnesti.txt", ritzau.Seed);
        Assert.StartsWith("Aserbajdsjan åbner for amnesti til armenske soldater i den omstridte region", ritzau.Summary);

        var tv2 = ArticleFileFormat.Read("x", site.ArticleText("seks-nye-borgmestre-paa-vej-i-arbejdstoejet"), Copenhagen).FrontMatter;
        Assert.Equal(new DateTimeOffset(2010, 1, 4, 8, 50, 0, TimeSpan.FromHours(1)), tv2.Date);
    }

    [Fact]
    public void The_body_keeps_dash_quotes_as_escaped_paragraphs_and_headings_as_headings()
    {
        using var site = new TestSite("ritzau-amnesti.txt", "tv2-billund.txt");
        site.Ingest();
        var ritzau = site.ArticleText(RitzauSlug);
        Assert.Contains("\n\\- Det gælder selv for tidligere militærpersoner", ritzau);
        Assert.DoesNotContain("Artiklen fortsætter", ritzau);
        Assert.Contains("\n## Har mistet hver 10. passager\n", site.ArticleText("billund-havde-247-000-faerre-passagerer-i-2009"));
    }

    [Fact]
    public void A_second_ingest_of_the_same_seeds_changes_nothing()
    {
        using var site = new TestSite("ritzau-amnesti.txt", "tv2-borgmestre.txt");
        site.Ingest();
        var before = site.ArticleFiles().ToDictionary(f => f, f => File.ReadAllText(Path.Combine(site.Articles, f)));
        var second = site.Ingest().State.Ingest!;
        Assert.Equal(2, second.Unchanged);
        Assert.Equal(before, site.ArticleFiles().ToDictionary(f => f, f => File.ReadAllText(Path.Combine(site.Articles, f))));
    }

    [Fact]
    public void An_untouched_file_is_regenerated_when_its_seed_changes_keeping_slug_and_date()
    {
        using var site = new TestSite();
        var seed = site.AddSeed("ritzau-amnesti.txt");
        site.Ingest();
        var firstDate = ArticleFileFormat.Read("x", site.ArticleText(RitzauSlug), Copenhagen).FrontMatter.Date;

        File.AppendAllText(seed, "\n\nEt nyt afsnit om Jerevan.\n\n/ritzau/");
        File.SetLastWriteTimeUtc(seed, DateTime.UtcNow.AddDays(3));
        var report = site.Ingest().State.Ingest!;

        Assert.Equal(1, report.Updated);
        var updated = site.ArticleText(RitzauSlug);
        Assert.Contains("Et nyt afsnit om Jerevan.", updated);
        Assert.Equal(firstDate, ArticleFileFormat.Read("x", updated, Copenhagen).FrontMatter.Date);
        Assert.Single(site.ArticleFiles());
    }

    [Fact]
    public void An_edited_file_is_never_overwritten_and_the_changed_seed_is_warned_about()
    {
        using var site = new TestSite();
        var seed = site.AddSeed("ritzau-amnesti.txt");
        site.Ingest();
        var path = Path.Combine(site.Articles, RitzauSlug + ".md");
        var edited = File.ReadAllText(path).Replace("Det siger Hikmet Hajiyev", "Det siger rådgiveren Hikmet Hajiyev");
        File.WriteAllText(path, edited);

        File.AppendAllText(seed, "\n\nEt nyt afsnit.\n");
        var result = site.Ingest();

        Assert.Equal(edited, File.ReadAllText(path));
        Assert.Equal(1, result.State.Ingest!.KeptEdited);
        Assert.Contains(result.Diagnostics.All, d => d.Message.Contains("edited by hand") && d.File.EndsWith("ritzau-amnesti.txt"));
    }

    [Fact]
    public void Two_seeds_with_the_same_title_get_distinct_stable_slugs()
    {
        using var site = new TestSite();
        site.AddSeed("tv2-billund.txt", "a.txt");
        site.AddSeed("tv2-billund.txt", "b.txt");
        site.Ingest();
        var files = site.ArticleFiles();
        Assert.Equal(2, files.Count);
        Assert.Contains("billund-havde-247-000-faerre-passagerer-i-2009.md", files);

        using var again = new TestSite();
        again.AddSeed("tv2-billund.txt", "a.txt");
        again.AddSeed("tv2-billund.txt", "b.txt");
        again.Ingest();
        Assert.Equal(files, again.ArticleFiles());
    }

    [Fact]
    public void Slugs_are_claimed_in_seed_order_however_many_seeds_share_a_title()
    {
        // More seeds than ingest prepares at once: the first seed keeps the plain slug, every other
        // one its own suffix, as if all were prepared before any was written.
        using var site = new TestSite();
        for (var n = 0; n < 300; n++) site.AddSeed("tv2-billund.txt", $"{n:000}.txt");
        var report = site.Ingest().State.Ingest!;

        Assert.Equal(300, report.Created);
        var plain = ArticleFileFormat.Read("x", site.ArticleText("billund-havde-247-000-faerre-passagerer-i-2009"), Copenhagen).FrontMatter;
        Assert.Equal("seeds/000.txt", plain.Seed);
        Assert.Equal(300, site.ArticleFiles().Distinct().Count());
    }

    [Fact]
    public void A_binary_seed_is_named_and_skipped_while_the_rest_are_ingested()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        File.WriteAllBytes(Path.Combine(site.Seeds, "billede.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        var result = site.Ingest();

        Assert.Equal(1, result.State.Ingest!.Created);
        Assert.Equal(1, result.State.Ingest.Failed);
        var error = Assert.Single(result.Diagnostics.All, d => d.Severity == StaticNews.Diagnostics.Severity.Error);
        Assert.EndsWith("billede.txt", error.File);
        Assert.Contains("PNG", error.Message);
    }

    [Fact]
    public void Removals_and_encoding_guesses_are_reported_when_the_file_is_written_and_not_on_every_build()
    {
        using var site = new TestSite("ritzau-amnesti.txt", "tv2-borgmestre-cp1252.txt");
        var first = site.Ingest().Diagnostics.All;
        Assert.Contains(first, d => d.File.EndsWith("ritzau-amnesti.txt") && d.Message.Contains("removed line 9: Artiklen fortsætter under annoncen"));
        Assert.Contains(first, d => d.File.EndsWith("tv2-borgmestre-cp1252.txt") && d.Message.Contains("read as Windows-1252"));

        Assert.Empty(site.Ingest().Diagnostics.All);
    }
}
