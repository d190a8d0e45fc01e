using StaticNews.Output;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// The front page and its older pages: newest articles first. Only the front page carries the
/// overview with counts (most used places and tags, articles per year); a numbered page links
/// the years without counts, so it stays byte for byte the same while the archive grows.
/// </summary>
public sealed class HomePages : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(RenderContext context)
    {
        var config = context.Model.Config;
        var years = ArchivePages.YearLinks(context);
        var yearsWithoutCounts = years.Select(y => y with { Count = 0, CountText = "", Months = [] }).ToList();
        var topLocations = TermIndexPages.MostFrequent(context, Site.TermKind.Locations, 12);
        var topTags = TermIndexPages.MostFrequent(context, Site.TermKind.Tags, 12);
        var slices = Paginator.Paginate(context.Model.Articles, config.PageSize, "", context).ToList();
        return ParallelChunks.Select(slices, slice =>
        {
            var title = slice.Pager.Front ? config.Title : $"{config.Title} – {slice.Pager.Label}";
            var model = context.PageModel(context.Page(title, config.Description, slice.SitePath, "home", "feed.xml", config.Title));
            model["articles"] = context.Cards(slice.Items);
            model["pager"] = slice.Pager;
            model["years"] = slice.Pager.Front ? years : yearsWithoutCounts;
            model["top_locations"] = slice.Pager.Front ? topLocations : [];
            model["top_tags"] = slice.Pager.Front ? topTags : [];
            return HtmlPage.Render(context, slice.SitePath, "home", model);
        });
    }
}
