using System.Text;
using StaticNews.Output;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// robots.txt (pointing crawlers to the sitemap) and .nojekyll (so GitHub Pages serves the
/// files as they are instead of running Jekyll over them).
/// </summary>
public sealed class MachineFiles : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(RenderContext context)
    {
        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {context.Urls.Absolute("sitemap.xml")}\n";
        yield return new OutputFile("robots.txt", Encoding.UTF8.GetBytes(robots));
        yield return new OutputFile(".nojekyll", []);
    }
}
