using StaticNews.Configuration;
using StaticNews.Corpus;
using StaticNews.Output;
using StaticNews.Pipeline;
using StaticNews.Pipeline.Stages;

namespace StaticNews.Tests.Crash;

/// <summary>
/// A real build whose commit is stopped after one of the steps that touch the spare, the
/// manifests or output/ (the random kills of <see cref="CrashSafetyTests"/> seldom land in a
/// commit that takes a fraction of a second): output/ is the whole old or the whole new site, and
/// the next build, with its up-to-date check, page keys and manifests, gives the bytes of a
/// clean build. Each round adds an article to the site the rounds before left.
/// </summary>
[Trait("Category", "Slow")]
public class CommitKilledInABuildTests : IDisposable
{
    private static readonly Func<DateTimeOffset> Clock = () => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _temp = new();
    private readonly CorpusGenerator _extra = new(23, PlaceList.Read(PlaceList.FindDefault()));

    private sealed class Killed : Exception;

    [Fact]
    public void A_build_killed_at_each_step_of_its_commit_is_followed_by_a_build_equal_to_a_clean_one()
    {
        var site = _temp["site"];
        new CorpusGenerator(17, PlaceList.Read(PlaceList.FindDefault())).Write(_temp["generated"], 24);
        _temp.CopyFrom(Path.Combine(_temp["generated"], "input"), "site/input");
        var output = Path.Combine(site, "output");
        Assert.True(Build(site).Succeeded);
        Assert.True(Build(site, _extra.Article()).Succeeded); // a spare one build behind from here on

        // Every state a kill can leave on the spare's path (CommitKillPointTests stops after every
        // step on every path, with generated files): the spare dirty, then filled; manifest.next
        // beside the old site; the new site before the manifest's rotation; the spare without its
        // difference; all done but the record. Each round's next build leaves the spare (and its
        // difference) the next round starts from.
        var steps = Enum.GetValues<CommitStep>();
        foreach (var step in steps)
        {
            var before = SiteBuild.Snapshot(output);
            AddSeed(site, _extra.Article());
            var expected = CleanBuild(site);

            Assert.True(RenderThenCommitUntil(site, step), $"the commit never reached {step}");
            var after = SiteBuild.Snapshot(output);
            Assert.True(after.SequenceEqual(before) || after.SequenceEqual(expected), $"stopped after {step}: output/ is neither the old site nor the new one");

            var next = Build(site);
            Assert.True(next.Succeeded, next.FatalError);
            Assert.True(SiteBuild.Snapshot(output).SequenceEqual(expected), $"stopped after {step}: the next build differs from a clean build");
        }
    }

    /// <summary>The stages up to render, then the commit with a stop after <paramref name="step"/>; true when it stopped there.</summary>
    private static bool RenderThenCommitUntil(string site, CommitStep step)
    {
        var options = Options(site);
        var rendered = new BuildPipeline([new UpToDateStage(), new ConfigureStage(), new IngestStage(Clock), new LoadStage(Clock), new RenderStage()]).Run(options);
        Assert.True(rendered.Succeeded, rendered.FatalError);
        var commit = new OutputCommit(options.Paths.Output, options.Paths.Cache) { AfterStepForTests = reached => { if (reached == step) throw new Killed(); } };
        try
        {
            commit.Commit(rendered.State.RenderedOutput!);
            return false;
        }
        catch (Killed)
        {
            return true;
        }
    }

    private SortedDictionary<string, string> CleanBuild(string site)
    {
        var clean = _temp["clean"];
        if (Directory.Exists(clean)) Directory.Delete(clean, recursive: true);
        _temp.CopyFrom(Path.Combine(site, "input"), "clean/input");
        Assert.True(Build(clean).Succeeded);
        return SiteBuild.Snapshot(Path.Combine(clean, "output"));
    }

    private static void AddSeed(string site, string text)
        => File.WriteAllText(Path.Combine(site, "input", "seeds", $"extra-{Directory.GetFiles(Path.Combine(site, "input", "seeds")).Length:D3}.txt"), text);

    private static BuildResult Build(string site, string? newSeed = null)
    {
        if (newSeed != null) AddSeed(site, newSeed);
        var options = Options(site);
        return BuildPipeline.For(options, Clock).Run(options);
    }

    private static BuildOptions Options(string site)
        => new(SitePaths.Resolve(Path.Combine(site, "input"), Path.Combine(site, "output"), RepoPaths.Theme));

    public void Dispose() => _temp.Dispose();
}
