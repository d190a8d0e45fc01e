using StaticNews.Configuration;
using StaticNews.Pipeline;

namespace StaticNews.Tests.Browser;

/// <summary>
/// The sample site plus one hostile article (a title that is an HTML tag, also about amnesty, in
/// Danmark only), built once under the GitHub Pages project path /archive/ for the search tests.
/// </summary>
public sealed class SearchSiteFixture : IDisposable
{
    public const string BasePath = "/archive/";
    public const string HostileTitle = "<img src=x onerror=alert(1)> amnesti på prøve";
    private readonly TempFolder _temp = new();

    public SearchSiteFixture()
    {
        var input = _temp.CopyFrom(RepoPaths.SampleInput, "input");
        File.WriteAllText(Path.Combine(input, "articles", "hostile.md"), $$$"""
            ---
            title: '{{{HostileTitle}}}'
            date: 2020-05-01T12:00:00+02:00
            slug: hostile
            summary: Et forsøg på at snige kode ind i søgningen.
            locations: [Danmark]
            ---

            Ordet amnesti står også her, <script>alert(2)</script> og "{{ site }}".
            """);
        var options = new BuildOptions(SitePaths.Resolve(input, _temp["output"], RepoPaths.Theme), StaticSiteRoute.Origin + BasePath);
        var result = BuildPipeline.For(options).Run(options);
        Assert.True(result.Succeeded, result.FatalError + string.Join('\n', result.Diagnostics.All));
        Output = _temp["output"];
    }

    public string Output { get; }

    public void Dispose() => _temp.Dispose();
}
