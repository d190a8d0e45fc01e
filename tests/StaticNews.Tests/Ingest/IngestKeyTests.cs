using StaticNews.Content;

namespace StaticNews.Tests.Ingest;

/// <summary>
/// A fresh clone (the seeds and the committed Markdown, no <c>.cache/</c>, no <c>output/</c>) is
/// built from its Markdown: an article exactly as ingest wrote it, whose seed still has the bytes
/// it records, is neither parsed nor tagged again. Only a recorded ingest key that differs (another
/// generator, other settings or places) makes ingest make every article again.
/// </summary>
[Trait("Category", "Slow")]
public class IngestKeyTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private const string RitzauSlug = "aserbajdsjan-aabner-for-amnesti-til-armenske-soldater";
    private static readonly string[] Seeds = ["ritzau-amnesti.txt", "tv2-borgmestre.txt", "tv2-billund.txt"];

    [Fact]
    public void A_fresh_clone_reuses_every_untouched_article_and_builds_the_same_bytes()
    {
        using var site = new TestSite(Seeds);
        var first = site.Build();
        Assert.True(first.Succeeded, first.FatalError);
        Assert.Equal(3, first.State.Ingest!.Created);

        using var clone = FreshCloneOf(site);
        var result = clone.Build();

        Assert.True(result.Succeeded, result.FatalError);
        var ingest = result.State.Ingest!;
        Assert.Equal((3, 3, 0, 0), (ingest.Unchanged, ingest.Reused, ingest.Created, ingest.Updated));
        Assert.Empty(ingest.ChangedFiles);
        Assert.Equal(SiteBuild.Snapshot(site.Output), SiteBuild.Snapshot(clone.Output));
    }

    [Fact]
    public void A_fresh_clone_keeps_the_tags_its_Markdown_records_rather_than_tagging_again()
    {
        using var site = new TestSite(Seeds);
        site.Ingest();
        // An article as a generator with other tags would have written it (its own hash recorded):
        // if the clone tagged the seed again, these tags would be gone.
        var file = Path.Combine(site.Articles, RitzauSlug + ".md");
        var article = ArticleFileFormat.Read(file, File.ReadAllText(file), Copenhagen);
        var written = ArticleFileFormat.WriteGenerated(article with { FrontMatter = article.FrontMatter with { Tags = ["Mærket Af En Anden Generator"] } });
        File.WriteAllText(file, written);
        Assert.True(ArticleFileFormat.IsUntouched(written));

        using var clone = FreshCloneOf(site);
        var result = clone.Build();

        Assert.Equal(3, result.State.Ingest!.Reused);
        Assert.Equal(written, clone.ArticleText(RitzauSlug));
        Assert.Contains("Mærket Af En Anden Generator", File.ReadAllText(Directory.EnumerateFiles(clone.Output, "index.html", SearchOption.AllDirectories)
            .First(f => f.Contains(RitzauSlug, StringComparison.Ordinal))));
    }

    [Fact]
    public void A_recorded_key_of_another_generator_makes_every_article_again()
    {
        using var site = new TestSite(Seeds);
        site.Ingest();
        var file = Path.Combine(site.Articles, RitzauSlug + ".md");
        var generated = File.ReadAllText(file);
        var article = ArticleFileFormat.Read(file, generated, Copenhagen);
        File.WriteAllText(file, ArticleFileFormat.WriteGenerated(article with { FrontMatter = article.FrontMatter with { Tags = ["Mærket Af En Anden Generator"] } }));
        File.WriteAllText(site.Paths.Cache.IngestKeyFile, "the key of another generator\n");

        var result = site.Ingest().State.Ingest!;

        Assert.Equal((0, 1, 2), (result.Reused, result.Updated, result.Unchanged));
        Assert.Equal(generated, site.ArticleText(RitzauSlug));
    }

    [Fact]
    public void In_a_fresh_clone_a_seed_whose_bytes_changed_is_ingested_again_and_an_edited_article_is_kept()
    {
        using var site = new TestSite(Seeds);
        site.Ingest();
        using var clone = FreshCloneOf(site);
        File.AppendAllText(Path.Combine(clone.Seeds, "ritzau-amnesti.txt"), "\nEt afsnit tilføjet af bureauet.\n");
        var billund = Path.Combine(clone.Articles, "billund-havde-247-000-faerre-passagerer-i-2009.md");
        File.WriteAllText(billund, File.ReadAllText(billund).Replace("title: ", "title: Rettet – "));

        var result = clone.Build().State.Ingest!;

        Assert.Equal((1, 1, 1), (result.Reused, result.Updated, result.KeptEdited));
        Assert.Contains("Et afsnit tilføjet af bureauet.", clone.ArticleText(RitzauSlug));
        Assert.Contains("title: Rettet – ", File.ReadAllText(billund));
    }

    // What `git clone` gives: input/ as committed, nothing the builds left beside it.
    private static TestSite FreshCloneOf(TestSite site)
    {
        var clone = new TestSite();
        foreach (var seed in Directory.EnumerateFiles(site.Seeds)) File.Copy(seed, Path.Combine(clone.Seeds, Path.GetFileName(seed)));
        foreach (var article in Directory.EnumerateFiles(site.Articles)) File.Copy(article, Path.Combine(clone.Articles, Path.GetFileName(article)));
        File.Copy(Path.Combine(site.Input, "site.yml"), Path.Combine(clone.Input, "site.yml"), overwrite: true);
        Assert.False(Directory.Exists(clone.Paths.Cache.Folder));
        return clone;
    }
}
