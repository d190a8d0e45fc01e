using StaticNews.Rendering.Views;

namespace StaticNews.Rendering.Pages;

/// <summary>One page of a paginated list: its items, its site path, its pager.</summary>
public sealed record PageSlice<T>(IReadOnlyList<T> Items, string SitePath, PagerView Pager);

/// <summary>
/// Splits a list into pages: page 1 lives at the list's own path, page n at "…/page/n/"
/// (DESIGN.md). An empty list still gets its first page.
/// </summary>
public static class Paginator
{
    public static IEnumerable<PageSlice<T>> Paginate<T>(IReadOnlyList<T> items, int size, string basePath, RenderContext context)
    {
        var total = Math.Max(1, (items.Count + size - 1) / size);
        for (var page = 1; page <= total; page++)
        {
            var slice = items.Skip((page - 1) * size).Take(size).ToList();
            var pager = new PagerView(page, total,
                page > 1 ? context.Urls.Path(PathOf(basePath, page - 1)) : null,
                page < total ? context.Urls.Path(PathOf(basePath, page + 1)) : null,
                context.Strings.Format("page_n_of_m", page, total));
            yield return new PageSlice<T>(slice, PathOf(basePath, page), pager);
        }
    }

    public static string PathOf(string basePath, int page) => page == 1 ? basePath : $"{basePath}page/{page}/";
}
