using StaticNews.Rendering.Views;
using StaticNews.Site;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// One page of a paginated list (newest first): its site path and pager, the articles it shows
/// as cards (the newest <c>page_size</c> of a list's front page; none on a numbered page) and
/// those it shows as dated links (the rest).
/// </summary>
public sealed record PageSlice(IReadOnlyList<Article> Cards, IReadOnlyList<Article> Links, string SitePath, PagerView Pager)
{
    /// <summary>What a layout's <c>articles</c> lists: a front page's cards, a numbered page's dated links.</summary>
    public IReadOnlyList<Article> Listed => Pager.Front ? Cards : Links;

    /// <summary>What a front page lists below its cards as dated links (a layout's <c>more_articles</c>); nothing on a numbered page.</summary>
    public IReadOnlyList<Article> More => Pager.Front ? Links : [];
}

/// <summary>
/// Splits a newest-first list into pages numbered from the oldest end: page 1 is the oldest
/// <c>archive_page_size</c> articles, page 2 the next, and the list's own URL shows the rest: its
/// newest <c>page_size</c> as cards and the ones between them and the newest numbered page (fewer
/// than <c>archive_page_size</c>) as dated links. A numbered page therefore keeps its articles
/// forever: a new article changes the front page only (and, once every <c>archive_page_size</c>
/// articles, adds a page), so an archive's old list pages are never re-rendered, re-uploaded or
/// re-crawled, and a link to "page 7" shows the same articles next year. Numbering from the
/// newest end, as most generators do, moves every article of every list down a slot with each
/// new one. A numbered page is a list of dated links, not cards, so it holds more of them than
/// a front page holds cards: each page's head, masthead and pager are paid once per
/// <c>archive_page_size</c> links.
/// </summary>
public static class Paginator
{
    /// <summary>
    /// Where a list of <paramref name="count"/> falls into pages, front page first: numbers and
    /// ranges only, so a generator can key a page before it builds its slice.
    /// </summary>
    public static IEnumerable<Page> Pages(int count, int frontSize, int archiveSize)
    {
        // Full blocks of archiveSize, counted from the oldest, as long as the front page keeps
        // at least frontSize: the front page is never short of its cards.
        var numbered = Math.Max(0, (count - frontSize) / archiveSize);
        yield return new Page(0, numbered, 0, count - numbered * archiveSize);
        for (var page = numbered; page >= 1; page--) yield return new Page(page, numbered, count - page * archiveSize, archiveSize);
    }

    /// <summary>
    /// One page's place: its number (0 for the front page), how many numbered pages the list has,
    /// its range. A class, not a struct: the lists, chunks and parallel loops a generator runs
    /// over its pages then share the framework's precompiled code for references, where over a
    /// struct of ours they would be JIT-compiled, unoptimised, at the start of every build.
    /// </summary>
    public sealed record Page(int Number, int Numbered, int Skip, int Take)
    {
        public bool Front => Number == 0;
    }

    public static PageSlice Slice(IReadOnlyList<Article> items, Page page, string basePath, RenderContext context)
    {
        var slice = items.Skip(page.Skip).Take(page.Take).ToList();
        if (page.Front)
        {
            var cards = Math.Min(slice.Count, context.Model.Config.PageSize);
            return new PageSlice(slice[..cards], slice[cards..], basePath,
                new PagerView(true, null, page.Numbered > 0 ? context.Urls.Path(PathOf(basePath, page.Numbered)) : null, Label(slice, context)));
        }
        var newer = page.Number == page.Numbered ? basePath : PathOf(basePath, page.Number + 1);
        var older = page.Number > 1 ? context.Urls.Path(PathOf(basePath, page.Number - 1)) : null;
        return new PageSlice([], slice, PathOf(basePath, page.Number), new PagerView(false, context.Urls.Path(newer), older, Label(slice, context)));
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
