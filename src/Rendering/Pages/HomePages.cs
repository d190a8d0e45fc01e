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
        var yearsWithoutCounts = years.Select(y => y.LinkOnly()).ToList();
        var topLocations = TermIndexPages.MostFrequent(context, Site.TermKind.Locations, 12);
        // People, organisations and topics apart, as on the tag index: the most used of each.
        var topTags = TermRoleSections.Of(context, context.Model.Tags, 8);
        // The year list without counts is the same on every numbered page: keyed once.
        var yearsDigest = context.Key("home years").AddJson(yearsWithoutCounts).Finish();
        var articles = context.Model.Articles;
        return ParallelChunks.Select(Paginator.Pages(articles.Count, config.PageSize, config.ArchivePageSize).ToList(), page =>
        {
            if (page.Front) return HtmlPage.Render(context, "", "home", Model(context, Paginator.Slice(articles, page, "", context), years, topLocations, topTags));
            // A numbered page shows its articles, its place in the list and the years: keyed
            // from those before its view is built.
            var path = Paginator.PathOf("", page.Number) + "index.html";
            var key = context.Key("home page").Add(page.Number).Add(page.Number == page.Numbered).Add(yearsDigest)
                .Add(articles, page.Skip, page.Take).Finish();
            return HtmlPage.Kept(context, path, key)
                ?? HtmlPage.Rendered(context, path, "home", Model(context, Paginator.Slice(articles, page, "", context), yearsWithoutCounts, [], []), key);
        });
    }

    private static Dictionary<string, object?> Model(RenderContext context, PageSlice slice, IReadOnlyList<Views.ArchiveYearView> years,
        IReadOnlyList<Views.LinkView> topLocations, IReadOnlyList<Views.TermRoleView> topTags)
    {
        var config = context.Model.Config;
        var title = slice.Pager.Front ? config.Title : $"{config.Title} – {slice.Pager.Label}";
        var model = context.PageModel(context.Page(title, config.Description, slice.SitePath, "home", "feed.xml", config.Title));
        model["articles"] = context.Cards(slice.Listed);
        model["more_articles"] = context.Cards(slice.More);
        model["pager"] = slice.Pager;
        model["years"] = years;
        model["top_locations"] = topLocations;
        model["tag_roles"] = topTags;
        return model;
    }
}
