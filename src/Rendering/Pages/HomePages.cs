using StaticNews.Output;

namespace StaticNews.Rendering.Pages;

/// <summary>The front page and its older pages: newest articles first.</summary>
public sealed class HomePages : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(RenderContext context)
    {
        var config = context.Model.Config;
        var years = ArchivePages.YearLinks(context);
        foreach (var slice in Paginator.Paginate(context.Model.Articles, config.PageSize, "", context))
        {
            var title = slice.Pager.Current == 1 ? config.Title : $"{config.Title} – {slice.Pager.Label}";
            var model = context.PageModel(context.Page(title, config.Description, slice.SitePath, "home", "feed.xml", config.Title));
            model["articles"] = context.Cards(slice.Items);
            model["pager"] = slice.Pager;
            model["years"] = years;
            model["top_locations"] = TermIndexPages.MostFrequent(context, Site.TermKind.Locations, 12);
            model["top_tags"] = TermIndexPages.MostFrequent(context, Site.TermKind.Tags, 12);
            yield return HtmlPage.Render(context, slice.SitePath, "home", model);
        }
    }
}
