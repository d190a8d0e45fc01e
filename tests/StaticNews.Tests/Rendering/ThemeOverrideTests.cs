using AngleSharp.Html.Parser;

namespace StaticNews.Tests.Rendering;

/// <summary>A site replaces one theme file by putting a file of the same name in input/layouts/ or input/assets/.</summary>
[Trait("Category", "Slow")]
public class ThemeOverrideTests
{
    [Fact]
    public void Same_named_files_in_input_replace_the_themes_layout_and_asset()
    {
        using var site = new TestSite();
        File.WriteAllText(Path.Combine(site.Articles, "a.md"), "---\ntitle: Overskrift\ndate: 2023-09-22T10:00:00+02:00\n---\n\nTekst.\n");
        Directory.CreateDirectory(Path.Combine(site.Input, "layouts"));
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        File.WriteAllText(Path.Combine(site.Input, "layouts", "card.liquid"), "<p class=\"my-card\"><a href=\"{{ card.url }}\">{{ card.title }}</a></p>");
        File.WriteAllText(Path.Combine(site.Input, "assets", "style.css"), "body { color: rebeccapurple; }");

        Assert.True(site.Build().Succeeded);

        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Equal("Overskrift", home.QuerySelector(".my-card a")!.TextContent);
        Assert.Empty(home.QuerySelectorAll("article.card"));
        Assert.Equal("body { color: rebeccapurple; }", File.ReadAllText(Path.Combine(site.Output, "assets", "style.css")));
        // The layouts not overridden still come from the theme.
        Assert.NotNull(home.QuerySelector("header.masthead"));
        Assert.True(File.Exists(Path.Combine(site.Output, "assets", "favicon.svg")));
    }
}
