using StaticNews.Output;

namespace StaticNews.Rendering.Pages;

/// <summary>/feed.xml: the newest articles of the whole archive.</summary>
public sealed class SiteFeed : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(RenderContext context)
    {
        yield return AtomFeed.Write(context, "feed.xml", context.Model.Config.Title, "", context.Model.Articles, termFeed: false);
    }
}
