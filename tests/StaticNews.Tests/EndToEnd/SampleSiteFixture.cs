using StaticNews.Configuration;
using StaticNews.Pipeline;

namespace StaticNews.Tests.EndToEnd;

/// <summary>
/// The repository's sample site (input/ and theme/) built once at the domain root and once under
/// a GitHub Pages project path, from a copy so the tests never write into the repository's input/.
/// </summary>
public sealed class SampleSiteFixture : IDisposable
{
    public const string ProjectBaseUrl = "https://example.github.io/archive/";
    private readonly TempFolder _temp = new();

    public SampleSiteFixture()
    {
        var input = _temp.CopyFrom(RepoPaths.SampleInput, "input");
        RootResult = Build(input, "output-root", null);
        ProjectResult = Build(input, "output-project", ProjectBaseUrl);
        RebuildResult = Build(input, "output-root-again", null);
    }

    public BuildResult RootResult { get; }
    public BuildResult ProjectResult { get; }
    public BuildResult RebuildResult { get; }

    internal BuiltSite AtRoot => new(_temp["output-root"], "/");
    internal BuiltSite UnderProjectPath => new(_temp["output-project"], "/archive/");
    internal string SecondBuildOutput => _temp["output-root-again"];

    /// <summary>The origin of the sample site.yml's base_url.</summary>
    public string RootOrigin => "https://staticnews.example";

    private BuildResult Build(string input, string output, string? baseUrl)
    {
        var options = new BuildOptions(SitePaths.Resolve(input, _temp[output], RepoPaths.Theme), baseUrl);
        var result = BuildPipeline.For(options).Run(options);
        Assert.True(result.Succeeded, result.FatalError + string.Join('\n', result.Diagnostics.All));
        return result;
    }

    public void Dispose() => _temp.Dispose();
}
