using StaticNews.Output;

namespace StaticNews.Rendering.Pages;

/// <summary>/404.html, which GitHub Pages serves for any missing path, so every link in it carries the base path.</summary>
public sealed class NotFoundPage : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(RenderContext context)
    {
        var model = context.PageModel(context.Page(context.Strings["not_found_title"], context.Strings["not_found_text"], "404.html", "404"));
        model["latest"] = context.Cards(context.Model.Articles.Take(5));
        yield return HtmlPage.RenderFile(context, "404.html", "404", model);
    }
}
