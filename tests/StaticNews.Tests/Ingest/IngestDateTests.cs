using StaticNews.Content;

namespace StaticNews.Tests.Ingest;

/// <summary>
/// Dates from where archives keep them, through the whole ingest: the date line (ISO, weekday,
/// wire dateline), the seed's file name, the metadata file beside the seeds, and last a guess;
/// the source is written to front matter as <c>date_source</c>.
/// </summary>
[Trait("Category", "Slow")]
public class IngestDateTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private const string RitzauSlug = "aserbajdsjan-aabner-for-amnesti-til-armenske-soldater";

    private static FrontMatter Read(TestSite site, string slug) => ArticleFileFormat.Read("x", site.ArticleText(slug), Copenhagen).FrontMatter;

    [Fact]
    public void A_TV2_text_with_an_ISO_date_line_keeps_its_title_line_and_that_date()
    {
        using var site = new TestSite("tv2-billund-iso-date.txt");
        site.Ingest();
        var article = Read(site, "billund-havde-247-000-faerre-passagerer-i-2009");
        Assert.Equal("Billund havde 247.000 færre passagerer i 2009", article.Title);
        Assert.Equal(new DateTimeOffset(2010, 1, 4, 0, 0, 0, TimeSpan.FromHours(1)), article.Date);
        Assert.Equal(DateSource.Text, article.DateSource);
        Assert.Contains("date_source: text\n", site.ArticleText("billund-havde-247-000-faerre-passagerer-i-2009"));
    }

    [Fact]
    public void A_weekday_date_line_dates_the_text()
    {
        using var site = new TestSite("tv2-borgmestre-weekday-date.txt");
        site.Ingest();
        var article = Read(site, "seks-nye-borgmestre-paa-vej-i-arbejdstoejet");
        Assert.Equal(new DateTimeOffset(2010, 1, 4, 0, 0, 0, TimeSpan.FromHours(1)), article.Date);
        Assert.Equal(DateSource.Text, article.DateSource);
    }

    [Fact]
    public void A_wire_dateline_dates_the_text_and_stays_out_of_headline_and_summary()
    {
        using var site = new TestSite();
        site.AddSeed("ritzau-amnesti-dateline.txt", "2023-09-25_amnesti.txt");
        var result = site.Ingest();
        var article = Read(site, RitzauSlug);
        Assert.Equal(new DateTimeOffset(2023, 9, 22, 0, 0, 0, TimeSpan.FromHours(2)), article.Date);
        Assert.Equal(DateSource.Text, article.DateSource);
        Assert.Equal("Aserbajdsjan åbner for amnesti til armenske soldater", article.Title);
        Assert.StartsWith("Aserbajdsjan åbner", article.Summary);
        Assert.Contains("KØBENHAVN, 22. september (Ritzau) – Aserbajdsjan åbner", site.ArticleText(RitzauSlug));
        Assert.DoesNotContain(result.Diagnostics.All, d => d.Message.Contains("date", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2023-09-22_amnesti.txt")]
    [InlineData("20230922-amnesti.txt")]
    public void A_dated_file_name_dates_a_text_without_a_date_line(string name)
    {
        using var site = new TestSite();
        site.AddSeed("ritzau-amnesti.txt", name);
        site.Ingest();
        var article = Read(site, RitzauSlug);
        Assert.Equal(new DateTimeOffset(2023, 9, 22, 0, 0, 0, TimeSpan.FromHours(2)), article.Date);
        Assert.Equal(DateSource.FileName, article.DateSource);
    }

    [Fact]
    public void Without_any_date_the_file_time_is_used_and_the_guess_is_warned_about()
    {
        using var site = new TestSite();
        var seed = site.AddSeed("ritzau-amnesti.txt");
        File.SetLastWriteTimeUtc(seed, new DateTime(2023, 9, 23, 8, 0, 0, DateTimeKind.Utc));
        var result = site.Ingest();
        var article = Read(site, RitzauSlug);
        Assert.Equal(new DateTimeOffset(2023, 9, 23, 10, 0, 0, TimeSpan.FromHours(2)), article.Date);
        Assert.Equal(DateSource.FileTime, article.DateSource);
        Assert.Contains(result.Diagnostics.All, d => d.File.EndsWith("ritzau-amnesti.txt", StringComparison.Ordinal)
            && d.Message.Contains("is guessed from the seed's file time", StringComparison.Ordinal));
    }

    [Fact]
    public void The_metadata_file_dates_a_seed_and_gives_its_fields()
    {
        using var site = new TestSite("ritzau-amnesti.txt", "tv2-billund.txt", "tv2-borgmestre.txt");
        File.Copy(RepoPaths.Fixture("metadata", "metadata.yml"), Path.Combine(site.Seeds, "metadata.yml"));
        site.Ingest();

        var ritzau = Read(site, RitzauSlug);
        Assert.Equal(new DateTimeOffset(2023, 9, 22, 10, 41, 0, TimeSpan.FromHours(2)), ritzau.Date);
        Assert.Equal(DateSource.Metadata, ritzau.DateSource);
        Assert.Equal(["Nagorno-Karabakh-konflikten", "Amnesti"], ritzau.Tags);
        Assert.Equal(["Hikmet Hajiyev", "Ilham Aliyev"], ritzau.People);
        Assert.Equal(["Reuters"], ritzau.Organisations);

        // The date line in the text still wins; the title the metadata gives names the file.
        var billund = Read(site, "billund-mistede-hver-tiende-passager-i-2009");
        Assert.Equal("Billund mistede hver tiende passager i 2009", billund.Title);
        Assert.Equal(new DateTimeOffset(2010, 1, 4, 9, 10, 0, TimeSpan.FromHours(1)), billund.Date);
        Assert.Equal(DateSource.Text, billund.DateSource);
        Assert.Equal(["Billund", "Billund Lufthavn"], billund.Locations);
    }

    [Fact]
    public void An_untouched_file_follows_its_metadata_entry_when_it_is_added_changed_or_removed()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        var seed = Path.Combine(site.Seeds, "ritzau-amnesti.txt");
        File.SetLastWriteTimeUtc(seed, new DateTime(2026, 11, 25, 22, 0, 0, DateTimeKind.Utc));
        var metadata = Path.Combine(site.Seeds, "metadata.yml");
        site.Ingest();
        Assert.Equal(DateSource.FileTime, Read(site, RitzauSlug).DateSource);

        // A second build trusts its cache: the seed's bytes alone have not changed.
        File.WriteAllText(metadata, "ritzau-amnesti.txt:\n  date: 2023-09-22\n");
        Assert.Equal(1, site.Ingest().State.Ingest!.Updated);
        Assert.Equal((new DateTimeOffset(2023, 9, 22, 0, 0, 0, TimeSpan.FromHours(2)), DateSource.Metadata),
            (Read(site, RitzauSlug).Date, Read(site, RitzauSlug).DateSource!.Value));

        File.WriteAllText(metadata, "ritzau-amnesti.txt:\n  date: 2023-09-21\n");
        Assert.Equal(1, site.Ingest().State.Ingest!.Updated);
        Assert.Equal(21, Read(site, RitzauSlug).Date.Day);
        Assert.Equal(1, site.Ingest().State.Ingest!.Unchanged);

        // Without its entry the seed is guessed again from its file time.
        File.Delete(metadata);
        Assert.Equal(1, site.Ingest().State.Ingest!.Updated);
        Assert.Equal((new DateTimeOffset(2026, 11, 25, 23, 0, 0, TimeSpan.FromHours(1)), DateSource.FileTime),
            (Read(site, RitzauSlug).Date, Read(site, RitzauSlug).DateSource!.Value));
        Assert.Single(site.ArticleFiles());
    }

    [Fact]
    public void A_metadata_file_broken_as_a_whole_is_reported_and_leaves_the_files_made_from_it_alone()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        var metadata = Path.Combine(site.Seeds, "metadata.yml");
        File.WriteAllText(metadata, "ritzau-amnesti.txt:\n  date: 2023-09-22\n");
        site.Ingest();
        var before = site.ArticleText(RitzauSlug);

        File.WriteAllText(metadata, "ritzau-amnesti.txt:\n  date: [2023-09-22\n");
        var result = site.Ingest();
        var error = Assert.Single(result.Diagnostics.All, d => d.File.EndsWith("metadata.yml", StringComparison.Ordinal));
        Assert.Contains("not valid YAML: ", error.Message);
        Assert.Equal(before, site.ArticleText(RitzauSlug));
        Assert.Equal(1, result.State.Ingest!.Unchanged);
    }

    [Fact]
    public void An_entry_naming_no_seed_is_warned_about_with_its_line()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        File.WriteAllText(Path.Combine(site.Seeds, "metadata.yml"), "ritzau-amnesti.txt:\n  date: 2023-09-22\nritzau-amnestí.txt:\n  date: 2023-09-22\n");
        var result = site.Ingest();
        var warning = Assert.Single(result.Diagnostics.All, d => d.File.EndsWith("metadata.yml", StringComparison.Ordinal));
        Assert.Equal(3, warning.Line);
        Assert.Contains("'ritzau-amnestí.txt' names no seed", warning.Message);
    }
}
