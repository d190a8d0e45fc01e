// SearchIndexTiming.cs: builds a site through the real pipeline, then times StaticNews' search
// index on its site model alone (the SearchPages generator: tokenize, stem, rank, shard, write
// to memory), so the figure compares with Pagefind indexing the same built site.
// A .NET 10 file-based app used by tests/bench/search-bench.sh:
//   dotnet run -c Release --file tests/bench/SearchIndexTiming.cs -- <input> <output> <theme> [runs] [--write]
// --write puts the index it built into <output> (search/ replaced): to try a changed index builder
// on a site built before, without building the site again.
#:project ../../StaticNews.csproj
// File-based apps default to Native AOT settings, which switch off reflection-based JSON the cache uses.
#:property PublishAot=false
using System.Diagnostics;
using StaticNews.Configuration;
using StaticNews.Diagnostics;
using StaticNews.Pipeline;
using StaticNews.Rendering;
using StaticNews.Rendering.Pages;
using StaticNews.Rendering.Views;

var (input, output, themeDir) = (args[0], args[1], args[2]);
var runs = args.Length > 3 ? int.Parse(args[3]) : 3;
var write = args.Contains("--write");
var options = new BuildOptions(SitePaths.Resolve(input, output, themeDir));
var watch = Stopwatch.StartNew();
var result = BuildPipeline.For(options).Run(options);
Console.WriteLine($"site build: {watch.Elapsed.TotalSeconds:F1} s ({string.Join(", ", result.Timings.Select(t => $"{t.Stage} {t.Time.TotalSeconds:F1} s"))})");
if (!result.Succeeded) { Console.Error.WriteLine(result.FatalError); return 1; }

var model = result.State.Model!;
var theme = Theme.Load(options.Paths, new DiagnosticBag());
var strings = LocalizedStrings.Load(theme.I18nFolder, model.Config.Language);
var context = new RenderContext(model, theme, strings, new TemplateEngine(theme, [typeof(SiteView), typeof(PageView), typeof(SearchPageView)]));
var times = new List<double>();
long bytes = 0;
int count = 0;
for (var i = 0; i < runs; i++)
{
    watch.Restart();
    var files = SearchPages.Begin(context).Generate(context).ToList();
    times.Add(watch.Elapsed.TotalSeconds);
    if (write && i == runs - 1)
    {
        Directory.Delete(Path.Combine(output, "search"), recursive: true);
        foreach (var file in files)
        {
            var path = Path.Combine(output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
    }
    bytes = files.Sum(f => (long)f.Content.Length);
    count = files.Count;
}
times.Sort();
Console.WriteLine($"articles: {model.Articles.Count}");
Console.WriteLine($"search index files: {count}, {bytes / 1024.0 / 1024.0:F1} MiB");
Console.WriteLine($"search index build (median of {runs}): {times[runs / 2]:F2} s");
return 0;
