using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CsCheck;
using StaticNews.Content;
using StaticNews.Diagnostics;
using StaticNews.Pipeline;
using Xunit.Abstractions;

namespace StaticNews.Tests.Hostile;

/// <summary>
/// Sites built from generated hostile files (<see cref="FuzzInputs"/>), many to a build. Each
/// build ends in time, never with an exception or a fatal error; every input is on the site or
/// named in an error; every XML file is well-formed, every JSON file parses, and no output file
/// holds a character HTML, XML or JSON cannot hold. The suite runs a short campaign; a long one
/// is the same test with more inputs:
/// <c>STATICNEWS_FUZZ_INPUTS=100000 STATICNEWS_FUZZ_BATCH=500 dotnet test --filter FullyQualifiedName~FuzzTests</c>
/// (<c>STATICNEWS_FUZZ_SEED</c> seeds the first build, as a failure prints it; <c>STATICNEWS_FUZZ_REPORT</c> names a file for its figures;
/// <c>STATICNEWS_FUZZ_KEEP</c> a folder for the files of articles that failed in render).
/// </summary>
[Trait("Category", "Slow")]
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static int Setting(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>Wall time a build may take: generous, for a machine shared with other work, yet far from the minutes a pathological input once cost.</summary>
    private static TimeSpan Bound(int inputs) => TimeSpan.FromSeconds(120 + inputs);

    [Fact]
    public void Generated_hostile_sites_build_in_time_and_name_every_input_left_out()
    {
        var inputs = Setting("STATICNEWS_FUZZ_INPUTS", 48);
        var batch = Math.Max(1, Setting("STATICNEWS_FUZZ_BATCH", 24));
        var builds = (inputs + batch - 1) / batch;
        var campaign = new Campaign();
        var clock = Stopwatch.StartNew();
        var seed = Environment.GetEnvironmentVariable("STATICNEWS_FUZZ_SEED");
        var generator = FuzzInputs.Any.Array[batch];
        var reportFile = Environment.GetEnvironmentVariable("STATICNEWS_FUZZ_REPORT");
        // One thread: builds use every core already. A failing batch is printed by its sizes; the failure names the file and its bytes.
        generator.Sample(files =>
            {
                BuildAndCheck(files, campaign);
                // A long campaign's figures so far, kept as it goes: a stopped campaign still tells what it saw.
                if (!string.IsNullOrEmpty(reportFile)) File.WriteAllText(reportFile, campaign.Report(clock.Elapsed));
            }, seed: string.IsNullOrEmpty(seed) ? null : seed, iter: builds, threads: 1,
            print: files => string.Join(" ", files.Select(f => (f.IsSeed ? "seed:" : "md:") + f.Bytes.Length)));

        var report = campaign.Report(clock.Elapsed);
        output.WriteLine(report);
        if (!string.IsNullOrEmpty(reportFile)) File.WriteAllText(reportFile, report);
        Assert.Equal(builds * batch, campaign.Inputs);
    }

    private static void BuildAndCheck(FuzzInputs.Input[] files, Campaign campaign)
    {
        using var site = new TestSite("tv2-borgmestre.txt");
        var names = new List<(string Path, bool IsSeed)>();
        for (var i = 0; i < files.Length; i++)
        {
            var path = Path.Combine(files[i].IsSeed ? site.Seeds : site.Articles, $"fuzz-{i:D4}{(files[i].IsSeed ? ".txt" : ".md")}");
            File.WriteAllBytes(path, files[i].Bytes);
            names.Add((path, files[i].IsSeed));
        }
        File.WriteAllText(Path.Combine(site.Articles, "kontrol.md"), "---\ntitle: Kontrolartikel\ndate: 2024-05-01T10:00:00+02:00\n---\n\nAltid med.\n");

        var clock = Stopwatch.StartNew();
        var build = Task.Run(() => site.Build());
        var bound = Bound(files.Length);
        Assert.True(build.Wait(bound), $"a build of {files.Length} inputs took more than {bound}");
        var result = build.Result;
        campaign.Count(files.Length, clock.Elapsed, result);

        Assert.True(result.FatalError == null, "fatal: " + result.FatalError);
        KeepWhatRenderMet(site, result);
        var model = result.State.Model!;
        var onSite = model.Articles.Select(a => Path.GetFullPath(a.SourceFile)).ToHashSet(StringComparer.Ordinal);
        var named = result.Diagnostics.All.Where(d => d.Severity == Severity.Error).Select(d => Path.GetFileName(d.File)).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(Path.GetFullPath(Path.Combine(site.Articles, "kontrol.md")), onSite);
        // What ingest made of each seed: the Markdown file that names it.
        var madeFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var md in Directory.EnumerateFiles(site.Articles, "*.md"))
        {
            // A generated file load refuses (its front matter too large, say) is still found by its plain seed line.
            var text = File.ReadAllText(md);
            if ((ArticleFileFormat.TryReadFrontMatter(text)?.Seed ?? ArticleFileFormat.GeneratedValue(text, "seed")) is { } seedOf) madeFrom[seedOf] = Path.GetFullPath(md);
        }
        // The control seed is on the site, through the Markdown ingest made of it (the model keeps no seed fields).
        Assert.True(madeFrom.TryGetValue("seeds/tv2-borgmestre.txt", out var control) && onSite.Contains(control), "the control seed tv2-borgmestre.txt is not on the site");

        foreach (var (path, isSeed) in names)
        {
            var name = Path.GetFileName(path);
            if (named.Contains(name) || onSite.Contains(Path.GetFullPath(path))) continue;
            if (isSeed && madeFrom.TryGetValue("seeds/" + name, out var article) && (onSite.Contains(article) || named.Contains(Path.GetFileName(article)))) continue;
            if (!isSeed && ArticleFileFormat.TryReadFrontMatter(File.ReadAllText(path)) is { Draft: true }) continue;
            Assert.Fail($"{name} is neither on the site nor named in an error; its first bytes:\n{Convert.ToBase64String(File.ReadAllBytes(path).AsSpan(0, Math.Min(600, (int)new FileInfo(path).Length)))}");
        }

        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            var extension = Path.GetExtension(file);
            if (extension is not (".html" or ".xml" or ".json" or ".txt")) continue;
            var text = strict.GetString(File.ReadAllBytes(file));
            var bad = text.IndexOfAny(Unholdable);
            Assert.True(bad < 0, $"{Path.GetRelativePath(site.Output, file)} holds U+{(bad < 0 ? 0 : text[bad]):X4}");
            if (extension == ".xml") XDocument.Parse(text);
            if (extension == ".json") JsonDocument.Parse(text).Dispose();
        }
    }

    /// <summary>
    /// An article load passed but render could not make is what the boundary is for, and a lead
    /// for a check load should make: with <c>STATICNEWS_FUZZ_KEEP</c> naming a folder, its file is
    /// kept there (the build passes, so nothing else keeps it).
    /// </summary>
    private static void KeepWhatRenderMet(TestSite site, BuildResult result)
    {
        if (Environment.GetEnvironmentVariable("STATICNEWS_FUZZ_KEEP") is not { Length: > 0 } keep) return;
        foreach (var error in result.Diagnostics.All.Where(d => d.Severity == Severity.Error && d.Message.StartsWith("could not be rendered", StringComparison.Ordinal)))
        {
            var file = Path.Combine(site.Articles, Path.GetFileName(error.File));
            if (!File.Exists(file)) continue;
            Directory.CreateDirectory(keep);
            File.Copy(file, Path.Combine(keep, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Path.GetFileName(file)}"), overwrite: true);
            File.WriteAllText(Path.Combine(keep, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Path.GetFileName(file)}.error.txt"), error.ToString());
        }
    }

    // What none of HTML, XML 1.0 and JSON-in-HTML can hold: C0 controls but tab and line ends, DEL and C1, the BMP's last two noncharacters.
    private static readonly char[] Unholdable =
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c), '\uFFFE', '\uFFFF'];

    /// <summary>What a campaign saw: inputs, builds, their slowest, and the errors and warnings by what they say.</summary>
    private sealed class Campaign
    {
        public int Inputs { get; private set; }
        private int _builds;
        private TimeSpan _slowest;
        private readonly SortedDictionary<string, int> _said = new(StringComparer.Ordinal);

        private readonly Dictionary<string, TimeSpan> _stages = [];

        public void Count(int inputs, TimeSpan time, BuildResult result)
        {
            Inputs += inputs;
            _builds++;
            if (time > _slowest) _slowest = time;
            foreach (var (stage, wall, _, _) in result.Timings) _stages[stage] = _stages.GetValueOrDefault(stage) + wall;
            foreach (var d in result.Diagnostics.All)
            {
                // Messages by their kind: what comes before the first quoted value, number or colon.
                var kind = System.Text.RegularExpressions.Regex.Replace(d.Message, "['\"(:0-9].*", "…");
                kind = (d.Severity == Severity.Error ? "error: " : "warning: ") + (kind.Length > 80 ? kind[..80] : kind);
                _said[kind] = _said.GetValueOrDefault(kind) + 1;
            }
        }

        public string Report(TimeSpan elapsed)
            => string.Create(CultureInfo.InvariantCulture, $"{Inputs} inputs in {_builds} builds, {elapsed.TotalMinutes:0.0} min; slowest build {_slowest.TotalSeconds:0.0} s\n")
               + "time by stage: " + string.Join(", ", _stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value.TotalSeconds:0} s"))) + "\n"
               + string.Join("\n", _said.OrderByDescending(s => s.Value).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Value,8}  {s.Key}")));
    }
}
