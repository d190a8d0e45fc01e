using StaticNews.Configuration;
using StaticNews.Diagnostics;
using StaticNews.Rendering;

namespace StaticNews.Tests.Rendering;

public class TemplateEngineTests
{
    /// <summary>The engine for a theme whose layouts/ holds <paramref name="layouts"/> (name → source).</summary>
    private static TemplateEngine Engine(TempFolder temp, params (string Name, string Source)[] layouts)
    {
        var folder = Path.Combine(temp.Path, "theme", "layouts");
        Directory.CreateDirectory(folder);
        foreach (var (name, source) in layouts) File.WriteAllText(Path.Combine(folder, name + ".liquid"), source);
        var theme = Theme.Load(new SitePaths(temp["input"], temp["output"], temp["theme"]), new DiagnosticBag());
        return SiteRenderer.TemplatesFor(theme);
    }

    [Fact]
    public void A_partial_renders_with_the_values_it_is_given_each_time_it_is_used()
    {
        using var temp = new TempFolder();
        var engine = Engine(temp,
            ("base", "<main>{{ content }}</main>"),
            ("list", "{% for item in items %}{% render 'item', item: item %}{% endfor %}"),
            ("item", "<li>{{ item }}</li>"));

        var page = engine.RenderPage("list", new Dictionary<string, object?> { ["items"] = new List<string> { "én", "<to>" } });

        Assert.Equal("<main><li>én</li><li>&lt;to&gt;</li></main>", page);
    }

    [Fact]
    public void A_partial_that_does_not_parse_is_named_when_the_theme_is_loaded()
    {
        using var temp = new TempFolder();
        var error = Assert.Throws<TemplateException>(() => Engine(temp,
            ("base", "<main>{{ content }}</main>"),
            ("item", "<li>{{ item </li>")));

        Assert.StartsWith("layouts/item.liquid: ", error.Message, StringComparison.Ordinal);
    }
}
