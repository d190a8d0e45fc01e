using StaticNews.Output;
using StaticNews.Rendering.Pages;

namespace StaticNews.Tests.Rendering.Pages;

/// <summary>
/// A page is kept from output/ when output/ holds its file made from the same key; otherwise the
/// generator renders it, with that key.
/// </summary>
public class HtmlPageTests
{
    [Fact]
    public void A_file_output_holds_under_the_same_key_is_kept_and_any_other_is_left_to_render()
    {
        var context = new RenderContextBuilder().Article("a").WithPrevious(new Holding("a/index.html", "k1")).Build();

        var kept = HtmlPage.Kept(context, "a/index.html", "k1");

        Assert.NotNull(kept);
        Assert.True(kept.Reused);
        Assert.Equal(("a/index.html", "k1"), (kept.Path, kept.Key));
        Assert.Null(HtmlPage.Kept(context, "a/index.html", "k2"));
        Assert.Null(HtmlPage.Kept(context, "b/index.html", "k1"));
        Assert.Null(HtmlPage.Kept(new RenderContextBuilder().Article("a").Build(), "a/index.html", "k1"));
    }

    [Fact]
    public void A_page_rendered_carries_its_key_and_the_layouts_bytes()
    {
        var context = new RenderContextBuilder().Article("a").Build();
        var model = context.PageModel(context.Page("Titel", "Beskrivelse", "a/", "article"));

        var file = HtmlPage.Rendered(context, "a/index.html", "404", model, "k1");

        Assert.False(file.Reused);
        Assert.Equal(("a/index.html", "k1"), (file.Path, file.Key));
        Assert.Contains("<title>", System.Text.Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal);
    }

    private sealed class Holding(string path, string key) : IPreviousOutput
    {
        public bool CanReuse(string p, string k) => p == path && k == key;
    }
}
