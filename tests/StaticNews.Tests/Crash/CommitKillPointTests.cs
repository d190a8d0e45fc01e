using StaticNews.Caching;
using StaticNews.Output;

namespace StaticNews.Tests.Crash;

/// <summary>
/// A commit stopped after each of its steps, as a kill there would stop it (the commit cleans
/// nothing up, so throwing from the test hook leaves exactly what a kill leaves), on every path a
/// commit can take: a spare brought up to date, the first build, a spare left dirty, an output/
/// changed by hand. After every stop: output/ is the whole old site or the whole new one, every
/// manifest left in place describes its tree exactly, and the next builds are right.
/// </summary>
[Trait("Category", "Slow")]
public class CommitKillPointTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private string Output => _temp["site/output"];
    private BuildCache Cache => new(_temp["site/.cache/output"]);
    private string Spare => Output + ".spare";

    public static TheoryData<string> Steps => new(Enum.GetNames<CommitStep>());

    private sealed class Killed : Exception;

    private static Dictionary<string, string> Site(string version, int articles = 40)
    {
        var site = new Dictionary<string, string>(StringComparer.Ordinal) { ["index.html"] = "front " + version, ["feed.xml"] = "feed " + version };
        for (var i = 0; i < articles; i++) site[$"2023/{i % 12 + 1:D2}/{i:D3}/index.html"] = $"article {i}";
        if (version != "v1") site.Remove("2023/02/001/index.html");
        site[$"2024/{version}/index.html"] = "the article of " + version;
        return site;
    }

    /// <summary>Each path a commit takes, as the builds before the one that is stopped.</summary>
    private static readonly Dictionary<string, Action<CommitKillPointTests>> Before = new()
    {
        ["spare brought up to date"] = t => { t.Commit(Site("v1")); t.Commit(Site("v2")); },
        ["first build"] = _ => { },
        ["spare left dirty"] = t => { t.Commit(Site("v1")); t.Commit(Site("v2")); File.Delete(t.Cache.SpareDifferenceFile); },
        ["spare's difference from another manifest"] = t =>
        {
            t.Commit(Site("v1"));
            var older = File.ReadAllBytes(t.Cache.SpareDifferenceFile);
            t.Commit(Site("v2"));
            File.WriteAllBytes(t.Cache.SpareDifferenceFile, older);
        },
        ["output edited by hand"] = t => { t.Commit(Site("v1")); t.Commit(Site("v2")); File.AppendAllText(Path.Combine(t.Output, "index.html"), "!"); },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void A_commit_stopped_after_any_step_leaves_a_whole_site_and_the_next_builds_are_right(string stepName)
    {
        var step = Enum.Parse<CommitStep>(stepName);
        var reached = new List<string>();
        foreach (var (path, prepare) in Before)
        {
            Reset();
            prepare(this);
            var old = Directory.Exists(Output) ? Files(Output) : null;
            var next = Site("v3");

            try
            {
                Commit(next, stopAfter: step);
            }
            catch (Killed)
            {
                reached.Add(path);
            }

            Assert.True(Directory.Exists(Output) ? Same(Files(Output), next) || (old != null && Same(Files(Output), old)) : old == null,
                $"{path}, stopped after {step}: output/ is neither the old site nor the new one");
            AssertEveryManifestDescribesItsTree($"{path}, stopped after {step}");

            // The build run again, then a build after it (the spare now one build behind).
            Commit(next);
            Assert.True(Same(Files(Output), next), $"{path}, stopped after {step}: the build run again is not the new site");
            AssertEveryManifestDescribesItsTree($"{path}, stopped after {step}, run again");
            Commit(Site("v4"));
            Assert.True(Same(Files(Output), Site("v4")), $"{path}, stopped after {step}: the build after is wrong");
            AssertEveryManifestDescribesItsTree($"{path}, stopped after {step}, the build after");
        }
        Assert.NotEmpty(reached);
    }

    /// <summary>
    /// The build trusts output/'s manifest when no manifest.next is beside it and output/'s
    /// listing matches it (a hand edit that changes a size is caught so), and beside it the
    /// spare's difference when it is from exactly that manifest: each must then be exact.
    /// </summary>
    private void AssertEveryManifestDescribesItsTree(string when)
    {
        var manifestFile = Cache.OutputManifestFile;
        if (!File.Exists(manifestFile) || File.Exists(manifestFile + ".next") || OutputManifest.TryRead(manifestFile) is not { } manifest
            || !manifest.Describes(Output)) return;
        Assert.True(Describes(manifest, Output), $"{when}: output.manifest does not describe output/");
        if (SpareDifference.TryRead(Cache.SpareDifferenceFile) is { } difference && difference.RelativeTo == manifest.StoredHash)
            Assert.True(Describes(Held(manifest, difference), Spare), $"{when}: output.manifest changed by spare.difference does not describe the spare");
    }

    /// <summary>What the spare holds by its difference: output/'s manifest, with the difference's entries in place of its own.</summary>
    private static OutputManifest Held(OutputManifest output, SpareDifference difference)
    {
        var held = new OutputManifest();
        foreach (var path in output.Files.Keys.Concat(difference.Paths.Keys))
            if (difference.TryGetHeld(output, path, out var entry)) held.Files[path] = entry;
        return held;
    }

    private static bool Describes(OutputManifest manifest, string folder)
    {
        if (!Directory.Exists(folder)) return false;
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList();
        return files.Count == manifest.Files.Count && files.All(f =>
            manifest.Files.TryGetValue(Path.GetRelativePath(folder, f).Replace('\\', '/'), out var entry)
            && entry.Hash == FileHash.Of(File.ReadAllBytes(f)));
    }

    private void Commit(Dictionary<string, string> site, CommitStep? stopAfter = null)
    {
        var commit = new OutputCommit(Output, Cache)
        {
            AfterStepForTests = step => { if (step == stopAfter) throw new Killed(); },
        };
        OutputRecovery.Recover(Output, Cache);
        var output = new PendingOutput(Output, CommittedOutput.TrustedManifest(Output, Cache));
        foreach (var (path, content) in site.OrderBy(f => f.Key, StringComparer.Ordinal))
            output.Add(new OutputFile(path, System.Text.Encoding.UTF8.GetBytes(content)));
        commit.Commit(output.Result());
    }

    private void Reset()
    {
        if (Directory.Exists(_temp["site"])) Directory.Delete(_temp["site"], recursive: true);
    }

    private static Dictionary<string, string> Files(string folder)
        => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b)
        => a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var value) && value == kv.Value);

    public void Dispose() => _temp.Dispose();
}
