using StaticNews.Rendering.Views;
using StaticNews.Site;

namespace StaticNews.Rendering.Pages;

/// <summary>One page of a paginated list: its articles (newest first), its site path, its pager.</summary>
public sealed record PageSlice(IReadOnlyList<Article> Items, string SitePath, PagerView Pager);

/// <summary>
/// Splits a newest-first list into pages numbered from the oldest end: page 1 is the oldest
/// <c>size</c> articles, page 2 the next, and the list's own URL shows the rest, the newest
/// <c>size</c> to <c>2 × size − 1</c>. A numbered page therefore keeps its articles forever:
/// a new article changes the front page only (and, once every <c>size</c> articles, adds a
/// page), so an archive's old list pages are never re-rendered, re-uploaded or re-crawled,
/// and a link to "page 7" shows the same articles next year. Numbering from the newest end,
/// as most generators do, moves every article of every list down a slot with each new one.
/// </summary>
public static class Paginator
{
    /// <summary>
    /// Where a list of <paramref name="count"/> falls into pages, front page first: numbers and
    /// ranges only, so a generator can key a page before it builds its slice.
    /// </summary>
    public static IEnumerable<Page> Pages(int count, int size)
    {
        // Full blocks of size, counted from the oldest; the newest block shares the front page
        // with the remainder, so the front page is never short of a full page.
        var numbered = Math.Max(0, count / size - 1);
        yield return new Page(0, numbered, 0, count - numbered * size);
        for (var page = numbered; page >= 1; page--) yield return new Page(page, numbered, count - page * size, size);
    }

    /// <summary>One page's place: its number (0 for the front page), how many numbered pages the list has, its range.</summary>
    public readonly record struct Page(int Number, int Numbered, int Skip, int Take)
    {
        public bool Front => Number == 0;
    }

    public static PageSlice Slice(IReadOnlyList<Article> items, Page page, string basePath, RenderContext context)
    {
        var slice = items.Skip(page.Skip).Take(page.Take).ToList();
        if (page.Front)
            return new PageSlice(slice, basePath,
                new PagerView(true, null, page.Numbered > 0 ? context.Urls.Path(PathOf(basePath, page.Numbered)) : null, Label(slice, context)));
        var newer = page.Number == page.Numbered ? basePath : PathOf(basePath, page.Number + 1);
        var older = page.Number > 1 ? context.Urls.Path(PathOf(basePath, page.Number - 1)) : null;
        return new PageSlice(slice, PathOf(basePath, page.Number), new PagerView(false, context.Urls.Path(newer), older, Label(slice, context)));
    }

    public static string PathOf(string basePath, int page) => $"{basePath}page/{page}/";

    /// <summary>The dates a page covers, oldest to newest ("3. maj 2021 – 9. juni 2021").</summary>
    private static string Label(IReadOnlyList<Article> slice, RenderContext context)
    {
        if (slice.Count == 0) return "";
        var newest = context.Strings.FormatDate(slice[0].LocalDate);
        var oldest = context.Strings.FormatDate(slice[^1].LocalDate);
        return newest == oldest ? newest : context.Strings.Format("page_range", oldest, newest);
    }
}
