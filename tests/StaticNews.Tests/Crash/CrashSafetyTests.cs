using System.Diagnostics;
using System.Security.Cryptography;
using StaticNews.Content;
using StaticNews.Corpus;
using StaticNews.Output;

namespace StaticNews.Tests.Crash;

/// <summary>
/// Issue #6: killing a build at any moment leaves the previous output/ whole (or the new one,
/// complete), never a mix; input/articles never holds half a file; the next build is correct.
/// A second build on the same folders is refused cleanly while one runs.
/// </summary>
[Trait("Category", "Slow")]
public class CrashSafetyTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private static string NewCorpus(TempFolder temp, int count, int seed)
    {
        var places = PlaceList.Read(Path.Combine(RepoPaths.Root, "data", "gazetteer", "places.tsv"));
        new CorpusGenerator(seed, places).Write(temp["site"], count);
        return temp["site"];
    }

    private static Dictionary<string, string> Snapshot(string folder)
        => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    private static bool SameSite(Dictionary<string, string> a, Dictionary<string, string> b)
        => a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var hash) && hash == kv.Value);

    [Fact]
    public void Killing_a_build_at_any_moment_leaves_a_whole_site_and_the_next_build_is_correct()
    {
        using var temp = new TempFolder();
        var site = NewCorpus(temp, 150, 11);
        var output = Path.Combine(site, "output");

        var clock = Stopwatch.StartNew();
        using (var first = new BuildProcess(site)) Assert.Equal(0, first.WaitForExit());
        var fullBuild = clock.Elapsed;
        var before = Snapshot(output);

        // New seeds, so every interrupted build had real work to do in every stage.
        var places = PlaceList.Read(Path.Combine(RepoPaths.Root, "data", "gazetteer", "places.tsv"));
        var extra = new CorpusGenerator(12, places);
        for (var i = 0; i < 20; i++) File.WriteAllText(Path.Combine(site, "input", "seeds", $"extra-{i:D3}.txt"), extra.Article());

        var snapshots = new List<Dictionary<string, string>>();
        var random = new Random(5);
        for (var round = 0; round < 5; round++)
        {
            using var build = new BuildProcess(site);
            Thread.Sleep(TimeSpan.FromMilliseconds(random.Next(50, (int)Math.Max(200, fullBuild.TotalMilliseconds * 1.2))));
            build.Kill();

            Assert.True(Directory.Exists(output), $"round {round}: output/ is missing after a kill");
            snapshots.Add(Snapshot(output));
            foreach (var md in Directory.EnumerateFiles(Path.Combine(site, "input", "articles"), "*.md"))
                ArticleFileFormat.Read(md, File.ReadAllText(md), Copenhagen);
        }

        using (var last = new BuildProcess(site)) Assert.Equal(0, last.WaitForExit());
        var after = Snapshot(output);
        for (var round = 0; round < snapshots.Count; round++)
            Assert.True(SameSite(snapshots[round], before) || SameSite(snapshots[round], after),
                $"round {round}: output/ after the kill was neither the previous site nor the next one");

        // The next build equals a clean build of the same seeds from scratch.
        using var clean = new TempFolder();
        var cleanSite = clean.CopyFrom(Path.Combine(site, "input"), "site/input");
        foreach (var md in Directory.EnumerateFiles(Path.Combine(cleanSite, "articles"))) File.Delete(md);
        using (var fresh = new BuildProcess(clean["site"])) Assert.Equal(0, fresh.WaitForExit());
        Assert.True(SameSite(after, Snapshot(clean["site/output"])), "the build after the kills differs from a clean build");
    }

    [Fact]
    public void A_second_build_on_the_same_output_is_refused_while_the_first_runs()
    {
        using var temp = new TempFolder();
        var site = NewCorpus(temp, 150, 13);
        using var running = new BuildProcess(site);

        // Wait until the first build holds the lock.
        var held = false;
        for (var i = 0; i < 600 && !held && !running.HasExited; i++)
        {
            try { BuildLock.Acquire(Path.Combine(site, "output")).Dispose(); Thread.Sleep(20); }
            catch (BuildLockedException) { held = true; }
        }
        Assert.True(held, "the first build never took the lock");

        var paths = StaticNews.Configuration.SitePaths.Resolve(Path.Combine(site, "input"), Path.Combine(site, "output"), RepoPaths.Theme);
        var options = new StaticNews.Pipeline.BuildOptions(paths);
        var second = StaticNews.Pipeline.BuildPipeline.For(options).Run(options);

        Assert.Contains("another StaticNews build is already working", second.FatalError);
        Assert.Equal(0, running.WaitForExit());
        var report = new StaticNews.Checking.SiteChecker(Path.Combine(site, "output"), new Uri("https://example.org/")).Run();
        Assert.True(report.Clean, string.Join('\n', report.Findings.Take(10)));
    }
}
