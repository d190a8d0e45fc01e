using StaticNews.Output;

namespace StaticNews.Rendering.Pages;

/// <summary>The front page and its older pages: newest articles first.</summary>
public sealed class HomePages : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(RenderContext context)
    {
        var config = context.Model.Config;
        var years = ArchivePages.YearLinks(context);
        var topLocations = TermIndexPages.MostFrequent(context, Site.TermKind.Locations, 12);
        var topTags = TermIndexPages.MostFrequent(context, Site.TermKind.Tags, 12);
        var slices = Paginator.Paginate(context.Model.Articles, config.PageSize, "", context).ToList();
        return ParallelChunks.Select(slices, slice =>
        {
            var title = slice.Pager.Current == 1 ? config.Title : $"{config.Title} – {slice.Pager.Label}";
            var model = context.PageModel(context.Page(title, config.Description, slice.SitePath, "home", "feed.xml", config.Title));
            model["articles"] = context.Cards(slice.Items);
            model["pager"] = slice.Pager;
            model["years"] = years;
            model["top_locations"] = topLocations;
            model["top_tags"] = topTags;
            return HtmlPage.Render(context, slice.SitePath, "home", model);
        });
    }
}
