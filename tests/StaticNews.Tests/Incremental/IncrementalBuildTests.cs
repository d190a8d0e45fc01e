using StaticNews.Pipeline.UpToDate;
using StaticNews.Configuration;
using StaticNews.Corpus;
using StaticNews.Pipeline;
using StaticNews.Pipeline.Stages;

namespace StaticNews.Tests.Incremental;

/// <summary>
/// An incremental build (with the cache and the previous output/) must give exactly the bytes
/// of a clean build (no cache, no output/) of the same input, after every kind of change; and a
/// build in which nothing changed must write nothing.
/// </summary>
[Trait("Category", "Slow")]
public class IncrementalBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _site;
    private readonly string _spare;

    public IncrementalBuildTests()
    {
        // 41 generated seeds: 40 make the site, the last is held back to be "a new article".
        var generated = _temp["generated"];
        new CorpusGenerator(7, PlaceList.Read(PlaceList.FindDefault())).Write(generated, 41);
        _site = _temp["site"];
        _temp.CopyFrom(Path.Combine(generated, "input"), "site/input");
        _spare = Path.Combine(Input, "seeds", "000040.txt");
        File.Move(_spare, _temp["spare.txt"]);
        _spare = _temp["spare.txt"];
    }

    private string Input => Path.Combine(_site, "input");
    private string Output => Path.Combine(_site, "output");

    [Fact]
    public void Every_kind_of_change_gives_the_bytes_of_a_clean_build()
    {
        var first = SiteBuild.Run(_site);
        Assert.True(first.Succeeded, first.FatalError);

        var unchanged = SiteBuild.Run(_site);
        Assert.True(unchanged.State.NothingChanged);
        AssertSameAsCleanBuild("nothing changed");

        // Past the up-to-date check (its record gone), the pages' own keys still find nothing to write.
        File.Delete(SitePaths.Resolve(Input, Output, RepoPaths.Theme).Cache.UpToDateRecordFile);
        var rechecked = SiteBuild.Run(_site);
        Assert.Empty(rechecked.State.RenderedOutput!.Written);
        Assert.Equal(0, rechecked.State.RenderedOutput!.Removed);
        AssertSameAsCleanBuild("nothing changed, without the up-to-date record");

        File.Copy(_spare, Path.Combine(Input, "seeds", "000040.txt"));
        var added = SiteBuild.Run(_site);
        Assert.InRange(added.State.RenderedOutput!.Written.Count, 1, added.State.RenderedOutput!.Next.Files.Count / 2);
        AssertSameAsCleanBuild("a new article");

        var edited = Directory.EnumerateFiles(Path.Combine(Input, "articles"), "*.md").Order(StringComparer.Ordinal).ElementAt(10);
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("title: ", "title: Rettet – ") + "\nEt afsnit skrevet af redaktionen.\n");
        SiteBuild.Run(_site);
        AssertSameAsCleanBuild("an edited article");

        var deleted = Directory.EnumerateFiles(Path.Combine(Input, "articles"), "*.md").Order(StringComparer.Ordinal).ElementAt(20);
        var seed = File.ReadLines(deleted).First(l => l.StartsWith("seed: ", StringComparison.Ordinal))["seed: ".Length..];
        File.Delete(Path.Combine(Input, seed));
        File.Delete(deleted);
        var removed = SiteBuild.Run(_site);
        Assert.True(removed.State.RenderedOutput!.Removed > 0);
        AssertSameAsCleanBuild("a deleted article");

        Directory.CreateDirectory(Path.Combine(Input, "layouts"));
        File.WriteAllText(Path.Combine(Input, "layouts", "card.liquid"),
            File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "card.liquid")).Replace("class=\"card\"", "class=\"card card-changed\""));
        SiteBuild.Run(_site);
        AssertSameAsCleanBuild("a changed template");

        File.AppendAllText(Path.Combine(Input, "site.yml"), "description: Et nyt motto\nrelated_count: 3\n");
        SiteBuild.Run(_site);
        AssertSameAsCleanBuild("a changed site.yml");

        // Another language reads another i18n file than the one whose strings the cache holds.
        File.WriteAllText(Path.Combine(Input, "site.yml"), File.ReadAllText(Path.Combine(Input, "site.yml")).Replace("language: da", "language: en", StringComparison.Ordinal));
        SiteBuild.Run(_site);
        AssertSameAsCleanBuild("another language");
    }

    [Fact]
    public void A_build_killed_before_its_swap_leaves_output_whole_and_the_next_build_correct()
    {
        SiteBuild.Run(_site);
        var before = SiteBuild.Snapshot(Output);
        // What a build killed mid-write leaves behind: pending files, a half-made staging folder
        // and a manifest it never confirmed.
        Directory.CreateDirectory(Output + ".pending/2020");
        File.WriteAllText(Output + ".pending/2020/index.html", "half");
        Directory.CreateDirectory(Output + ".staging");
        var cache = SitePaths.Resolve(Input, Output, RepoPaths.Theme).Cache;
        File.WriteAllText(cache.NextOutputManifestFile, "index.html\t1\tx\t\n");
        Assert.Equal(before, SiteBuild.Snapshot(Output));

        File.Copy(_spare, Path.Combine(Input, "seeds", "000040.txt"));
        SiteBuild.Run(_site);
        AssertSameAsCleanBuild("after a killed build");
        Assert.False(Directory.Exists(Output + ".pending"));
    }

    [Fact]
    public void A_build_brings_the_spare_up_to_date_by_its_difference_from_the_manifest_the_check_trusted()
    {
        Assert.True(SiteBuild.Run(_site).Succeeded);
        File.Copy(_spare, Path.Combine(Input, "seeds", "000040.txt"));
        Assert.True(SiteBuild.Run(_site).Succeeded);
        var second = SiteBuild.Snapshot(Output);
        var edited = Directory.EnumerateFiles(Path.Combine(Input, "articles"), "*.md").Order(StringComparer.Ordinal).ElementAt(10);
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("title: ", "title: Rettet – "));

        // The stages of a build up to render (the up-to-date check hands render the manifest it
        // read), then the commit, whose record of bringing the spare up to date the build keeps to itself.
        var options = new BuildOptions(SitePaths.Resolve(Input, Output, RepoPaths.Theme));
        var rendered = new BuildPipeline([new UpToDateStage(), new ConfigureStage(), new IngestStage(SiteBuild.Clock), new LoadStage(SiteBuild.Clock),
            new RenderStage()]).Run(options);
        Assert.True(rendered.Succeeded, rendered.FatalError);
        var commit = new StaticNews.Output.OutputCommit(Output, options.Paths.Cache);
        commit.Commit(rendered.State.RenderedOutput!);

        var update = Assert.NotNull(commit.SpareUpdate);
        var files = rendered.State.RenderedOutput!.Next.Files.Count;
        Assert.True(update.Examined < files / 4, $"{update.Examined} paths of {files} looked at to bring the spare up to date");
        AssertSameAsCleanBuild("an edited article, the spare brought up to date");
        Assert.Equal(second, SiteBuild.Snapshot(Output + ".spare"));
    }

    private void AssertSameAsCleanBuild(string change)
    {
        var clean = _temp["clean-" + Guid.NewGuid().ToString("N")[..8]];
        _temp.CopyFrom(Input, Path.GetFileName(clean) + "/input");
        var result = SiteBuild.Run(clean);
        Assert.True(result.Succeeded, change + ": " + result.FatalError + string.Join("\n", result.Diagnostics.All.Where(d => d.Severity == Diagnostics.Severity.Error)));
        var expected = SiteBuild.Snapshot(Path.Combine(clean, "output"));
        var actual = SiteBuild.Snapshot(Output);
        Assert.True(expected.Keys.SequenceEqual(actual.Keys),
            $"{change}: files differ: only clean {string.Join(", ", expected.Keys.Except(actual.Keys).Take(5))}; only incremental {string.Join(", ", actual.Keys.Except(expected.Keys).Take(5))}");
        var different = expected.Keys.Where(k => expected[k] != actual[k]).ToList();
        Assert.True(different.Count == 0, $"{change}: {different.Count} files differ, e.g. {string.Join(", ", different.Take(5))}");
        Directory.Delete(clean, recursive: true);
    }

    [Fact]
    public void A_new_article_makes_its_own_month_page_again_not_the_other_months_of_its_year()
    {
        Assert.True(SiteBuild.Run(_site).Succeeded);
        var before = MonthPageKeys();

        File.Copy(_spare, Path.Combine(Input, "seeds", "000040.txt"));
        Assert.True(SiteBuild.Run(_site).Succeeded);
        var after = MonthPageKeys();

        var changed = after.Where(page => !before.TryGetValue(page.Key, out var key) || key != page.Value).Select(page => page.Key).ToList();
        Assert.True(changed.Count == 1, "month pages made again: " + string.Join(", ", changed));
        var month = changed[0];
        var others = before.Keys.Where(page => page.StartsWith(month[..5], StringComparison.Ordinal) && page != month).ToList();
        Assert.True(others.Count > 0, $"the new article's year ({month[..4]}) has no other month, so this test would prove nothing");
        AssertSameAsCleanBuild("a new article, month pages kept");
    }

    [Fact]
    public void A_new_article_makes_its_own_year_page_again_not_the_other_years()
    {
        Assert.True(SiteBuild.Run(_site).Succeeded);
        var before = YearPageKeys();

        File.Copy(_spare, Path.Combine(Input, "seeds", "000040.txt"));
        Assert.True(SiteBuild.Run(_site).Succeeded);
        var after = YearPageKeys();

        Assert.Equal(before.Keys.Order(), after.Keys.Order()); // the new article falls in a year the archive has
        var changed = after.Where(page => before[page.Key] != page.Value).Select(page => page.Key).ToList();
        Assert.True(changed.Count == 1, "year pages made again: " + string.Join(", ", changed));
        Assert.True(before.Count > 1, "the archive has one year only, so this test would prove nothing");
        AssertSameAsCleanBuild("a new article, year pages kept");
    }

    /// <summary>Each month page's key in the output manifest: a key that did not move is a page not made again.</summary>
    private Dictionary<string, string?> MonthPageKeys() => PageKeys(@"^\d{4}/\d{2}/index\.html$");

    private Dictionary<string, string?> YearPageKeys() => PageKeys(@"^\d{4}/index\.html$");

    private Dictionary<string, string?> PageKeys(string pathPattern)
    {
        var cache = SitePaths.Resolve(Input, Output, RepoPaths.Theme).Cache;
        var manifest = StaticNews.Output.OutputManifest.TryRead(cache.OutputManifestFile)!;
        return manifest.Files.Where(f => System.Text.RegularExpressions.Regex.IsMatch(f.Key, pathPattern))
            .ToDictionary(f => f.Key, f => f.Value.Key.ToString());
    }

    public void Dispose() => _temp.Dispose();
}
