using System.Text;
using StaticNews.Output;

namespace StaticNews.Rendering.Pages;

/// <summary>Renders a layout into the index.html of a site path ("" for the home page).</summary>
public static class HtmlPage
{
    public static OutputFile Render(RenderContext context, string sitePath, string layout, Dictionary<string, object?> model)
        => new(sitePath + "index.html", Encoding.UTF8.GetBytes(context.Templates.RenderPage(layout, model)));
}
