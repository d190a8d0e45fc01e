using StaticNews.Configuration;
using StaticNews.Pipeline;

namespace StaticNews.Tests;

/// <summary>
/// A throwaway site: an input folder with chosen seed fixtures, the repository's theme, and an
/// output folder, all in a temp folder. Builds run in-process through the real pipeline.
/// </summary>
internal sealed class TestSite : IDisposable
{
    private readonly TempFolder _temp = new();

    public TestSite(params string[] seedFixtures)
    {
        Directory.CreateDirectory(Seeds);
        Directory.CreateDirectory(Articles);
        File.WriteAllText(Path.Combine(Input, "site.yml"), "title: Testarkiv\nbase_url: https://example.org/\nlanguage: da\n");
        foreach (var fixture in seedFixtures) AddSeed(fixture);
    }

    public string Root => _temp.Path;
    public string Input => _temp["input"];
    public string Seeds => Path.Combine(Input, "seeds");
    public string Articles => Path.Combine(Input, "articles");
    public string Output => _temp["output"];

    public SitePaths Paths => SitePaths.Resolve(Input, Output, RepoPaths.Theme);

    public string AddSeed(string fixture, string? name = null)
    {
        var target = Path.Combine(Seeds, name ?? fixture);
        File.Copy(RepoPaths.Fixture("seeds", fixture), target, overwrite: true);
        return target;
    }

    public BuildResult Ingest() => Run(new BuildOptions(Paths, IngestOnly: true));

    public BuildResult Build(string? baseUrl = null) => Run(new BuildOptions(Paths, baseUrl));

    public string ArticleText(string slug) => File.ReadAllText(Path.Combine(Articles, slug + ".md"));

    public IReadOnlyList<string> ArticleFiles()
        => Directory.EnumerateFiles(Articles, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    private static BuildResult Run(BuildOptions options)
        => BuildPipeline.For(options, () => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)).Run(options);

    public void Dispose() => _temp.Dispose();
}
