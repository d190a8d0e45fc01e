using System.Text.Json;
using StaticNews.Caching;
using StaticNews.Diagnostics;
using StaticNews.Site;
using StaticNews.Text;

namespace StaticNews.Tests.Site;

/// <summary>
/// The loader's front matter is what the site model holds for the whole build: a name many
/// articles repeat is held once, and what only ingest reads is not held at all.
/// </summary>
public class SiteLoaderTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    [Fact]
    public void A_name_two_articles_share_is_one_string()
    {
        using var temp = new TempFolder();
        var articles = Directory.CreateDirectory(temp["input/articles"]).FullName;
        var sample = Directory.GetFiles(Path.Combine(RepoPaths.SampleInput, "articles"), "*.md").Order(StringComparer.Ordinal).First();
        File.Copy(sample, Path.Combine(articles, "a.md"));
        File.Copy(sample, Path.Combine(articles, "b.md"));

        var loaded = SiteLoader.Load(articles, temp["input"], Copenhagen, includeDrafts: false, new DiagnosticBag());

        Assert.Equal(2, loaded.Count);
        var (a, b) = (loaded[0].Article.FrontMatter, loaded[1].Article.FrontMatter);
        Assert.NotEmpty(a.Locations);
        Assert.Equal(a.Locations, b.Locations);
        for (var i = 0; i < a.Locations.Count; i++) Assert.Same(a.Locations[i], b.Locations[i]);
        Assert.Same(a.Language, b.Language);
    }

    [Fact]
    public void What_only_ingest_reads_is_not_kept()
    {
        using var temp = new TempFolder();
        var articles = Directory.CreateDirectory(temp["input/articles"]).FullName;
        var sample = Directory.GetFiles(Path.Combine(RepoPaths.SampleInput, "articles"), "*.md").Order(StringComparer.Ordinal).First();
        Assert.Contains("seed_hash:", File.ReadAllText(sample), StringComparison.Ordinal);
        File.Copy(sample, Path.Combine(articles, "a.md"));

        var meta = Assert.Single(SiteLoader.Load(articles, temp["input"], Copenhagen, includeDrafts: false, new DiagnosticBag())).Article.FrontMatter;

        Assert.Null(meta.Seed);
        Assert.Null(meta.SeedHash);
        Assert.Null(meta.GeneratedHash);
        Assert.False(string.IsNullOrEmpty(meta.Title));
    }

    [Fact]
    public void Front_matter_the_cache_answers_for_is_what_reading_the_file_gave()
    {
        using var temp = new TempFolder();
        var articles = Directory.CreateDirectory(temp["input/articles"]).FullName;
        foreach (var sample in Directory.GetFiles(Path.Combine(RepoPaths.SampleInput, "articles"), "*.md").Order(StringComparer.Ordinal).Take(3))
            File.Copy(sample, Path.Combine(articles, Path.GetFileName(sample)));
        var hashes = Directory.GetFiles(articles).ToDictionary(f => f, f => ContentHash.Of(File.ReadAllBytes(f)));

        var read = SiteLoader.Load(articles, temp["input"], Copenhagen, includeDrafts: false, new DiagnosticBag(), new BuildCache(temp[".cache"]));
        // The files' text is gone: what the second load gives can only come from the cache.
        foreach (var file in hashes.Keys) File.WriteAllText(file, "not front matter");
        var cached = SiteLoader.Load(articles, temp["input"], Copenhagen, includeDrafts: false, new DiagnosticBag(), new BuildCache(temp[".cache"]),
            file => hashes.GetValueOrDefault(file));

        Assert.Equal(3, cached.Count);
        Assert.Equal(read.Select(l => JsonSerializer.Serialize(l.Article.FrontMatter)), cached.Select(l => JsonSerializer.Serialize(l.Article.FrontMatter)));
        Assert.All(cached, l => Assert.Null(l.Article.FrontMatter.Seed));
    }
}
