using StaticNews.Configuration;
using StaticNews.Pipeline;

namespace StaticNews.Tests.Pipeline.Stages;

/// <summary>
/// The theme stage starts loading the theme on another core; render takes what it loaded. A
/// theme that cannot be loaded fails the build in render, with the theme's own message, as if
/// render had loaded it, and what loading the theme had to say is said once.
/// </summary>
[Trait("Category", "Slow")]
public class ThemeStageTests : IDisposable
{
    private readonly TestSite _site = new("ritzau-amnesti.txt");
    private readonly TempFolder _theme = new();

    public void Dispose()
    {
        _site.Dispose();
        _theme.Dispose();
    }

    private BuildResult BuildWith(string theme)
    {
        var options = new BuildOptions(SitePaths.Resolve(_site.Input, _site.Output, theme));
        return BuildPipeline.For(options, () => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)).Run(options);
    }

    private string CopyOfTheTheme() => _theme.CopyFrom(RepoPaths.Theme, "theme");

    [Fact]
    public void The_theme_is_loaded_before_ingest_and_render_uses_it()
    {
        var theme = CopyOfTheTheme();
        File.AppendAllText(Path.Combine(theme, "layouts", "base.liquid"), "\n<!-- fra temaets kopi -->\n");

        var result = BuildWith(theme);

        Assert.True(result.Succeeded, result.FatalError);
        Assert.Equal(["check", "config", "theme", "ingest", "load", "render", "write", "record"], result.Timings.Select(t => t.Stage));
        Assert.Contains("<!-- fra temaets kopi -->", File.ReadAllText(Path.Combine(_site.Output, "index.html")));
    }

    [Fact]
    public void A_theme_that_cannot_be_loaded_fails_render_with_its_own_message_and_output_stays()
    {
        Assert.True(_site.Build().Succeeded);
        var before = File.ReadAllText(Path.Combine(_site.Output, "index.html"));
        File.AppendAllText(Path.Combine(_site.Seeds, "ritzau-amnesti.txt"), "\nEt nyt afsnit.\n"); // so the build runs

        var result = BuildWith(_theme["empty"]); // no layouts/ in it

        Assert.Equal("render", result.Timings[^1].Stage);
        Assert.StartsWith("render: ", result.FatalError);
        Assert.Contains("not a theme", result.FatalError);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_site.Output, "index.html")));
    }

    [Fact]
    public void What_loading_the_theme_says_is_said_once()
    {
        var theme = CopyOfTheTheme();
        var outside = Path.Combine(_site.Root, "elsewhere.liquid");
        File.WriteAllText(outside, "<p>udefra</p>");
        File.CreateSymbolicLink(Path.Combine(theme, "layouts", "udefra.liquid"), outside);

        var result = BuildWith(theme);

        Assert.Null(result.FatalError); // the site is built; the link is an error of its own, not used
        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")));
        Assert.Single(result.Diagnostics.All, d => d.Message.Contains("symbolic link to a file outside its folder", StringComparison.Ordinal));
    }
}
