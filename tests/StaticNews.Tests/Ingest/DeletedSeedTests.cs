namespace StaticNews.Tests.Ingest;

/// <summary>
/// A seed deleted from input/seeds/ takes its article off the site: the Markdown file ingest made
/// from it is removed when nobody edited it, and counted; one a person edited is kept, with a
/// warning; a file written by hand, naming no seed, is never touched.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DeletedSeedTests
{
    private const string RitzauSlug = "aserbajdsjan-aabner-for-amnesti-til-armenske-soldater";
    private const string BillundSlug = "billund-havde-247-000-faerre-passagerer-i-2009";

    private static bool OnSite(TestSite site, string slug)
        => Directory.EnumerateDirectories(site.Output, slug, SearchOption.AllDirectories).Any();

    [Fact]
    public void An_untouched_article_whose_seed_was_deleted_is_removed_counted_and_taken_off_the_site()
    {
        using var site = new TestSite("ritzau-amnesti.txt", "tv2-billund.txt");
        Assert.True(site.Build().Succeeded);
        Assert.True(OnSite(site, RitzauSlug));

        File.Delete(Path.Combine(site.Seeds, "ritzau-amnesti.txt"));
        var result = site.Build();

        Assert.True(result.Succeeded, result.FatalError);
        Assert.Equal(1, result.State.Ingest!.Removed);
        Assert.Equal([BillundSlug + ".md"], site.ArticleFiles());
        Assert.Contains(Path.Combine(site.Articles, RitzauSlug + ".md"), result.State.Ingest.ChangedFiles);
        Assert.False(OnSite(site, RitzauSlug));
        Assert.True(OnSite(site, BillundSlug));
    }

    [Fact]
    public void An_edited_article_whose_seed_was_deleted_is_kept_with_a_warning_naming_it()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        site.Ingest();
        var file = Path.Combine(site.Articles, RitzauSlug + ".md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("Aserbajdsjan åbner", "Aserbajdsjan åbner nu"));

        File.Delete(Path.Combine(site.Seeds, "ritzau-amnesti.txt"));
        var result = site.Ingest();

        Assert.Equal(0, result.State.Ingest!.Removed);
        Assert.True(File.Exists(file));
        var warning = Assert.Single(result.Diagnostics.All, d => d.File.EndsWith(RitzauSlug + ".md", StringComparison.Ordinal));
        Assert.StartsWith("its seed seeds/ritzau-amnesti.txt was deleted, but this file was edited by hand: kept", warning.Message);
    }

    [Fact]
    public void A_hand_written_article_naming_no_seed_is_never_removed()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        var handWritten = Path.Combine(site.Articles, "haandskrevet.md");
        File.Copy(RepoPaths.Fixture("dates", "dated-tomorrow-morning.md"), handWritten);
        site.Ingest();

        File.Delete(Path.Combine(site.Seeds, "ritzau-amnesti.txt"));
        var result = site.Ingest();

        Assert.Equal(1, result.State.Ingest!.Removed);
        Assert.Equal(["haandskrevet.md"], site.ArticleFiles());
        Assert.Equal(File.ReadAllText(RepoPaths.Fixture("dates", "dated-tomorrow-morning.md")), File.ReadAllText(handWritten));
    }

    [Fact]
    public void A_renamed_seed_keeps_its_articles_slug()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        site.Ingest();

        File.Move(Path.Combine(site.Seeds, "ritzau-amnesti.txt"), Path.Combine(site.Seeds, "ritzau-2023.txt"));
        var report = site.Ingest().State.Ingest!;

        Assert.Equal(1, report.Removed);
        Assert.Equal(1, report.Created);
        Assert.Equal([RitzauSlug + ".md"], site.ArticleFiles());
        Assert.Contains("seed: seeds/ritzau-2023.txt\n", site.ArticleText(RitzauSlug));
    }

    [Fact]
    public void The_summary_counts_the_removed_articles()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        site.Ingest();
        File.Delete(Path.Combine(site.Seeds, "ritzau-amnesti.txt"));

        var (exit, output, error) = StaticNewsExecutable.Run(site.Root, "ingest");

        Assert.True(exit == 0, error);
        Assert.Contains("\nremoved: 1 article whose seed was deleted\n", output);
    }

    [Fact]
    public void Nothing_is_removed_when_the_seeds_folder_itself_is_gone()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        site.Ingest();
        Directory.Delete(site.Seeds, recursive: true);

        var result = site.Ingest();

        Assert.Null(result.FatalError);
        Assert.Equal([RitzauSlug + ".md"], site.ArticleFiles());
    }

    [Fact]
    public void A_seed_in_a_folder_of_its_own_is_named_by_its_path_and_its_article_goes_only_when_it_does()
    {
        using var site = new TestSite("tv2-billund.txt", "ritzau-amnesti.txt");
        var folder = Path.Combine(site.Seeds, "2009", "januar");
        Directory.CreateDirectory(folder);
        var seed = Path.Combine(folder, "tv2-billund.txt");
        File.Move(Path.Combine(site.Seeds, "tv2-billund.txt"), seed);
        site.Ingest();
        var file = Path.Combine(site.Articles, BillundSlug + ".md");
        Assert.Contains("\nseed: seeds/2009/januar/tv2-billund.txt\n", File.ReadAllText(file));

        var again = site.Ingest();
        Assert.Equal(0, again.State.Ingest!.Removed);
        Assert.True(File.Exists(file));

        File.Delete(seed);
        var removed = site.Ingest();
        Assert.Equal(1, removed.State.Ingest!.Removed);
        Assert.Equal([RitzauSlug + ".md"], site.ArticleFiles());
    }
}
