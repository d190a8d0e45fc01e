using StaticNews.Output;
using StaticNews.Rendering.Views;
using StaticNews.Site;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// /yyyy/ and /yyyy/MM/: the archive by year and month. A year page links its months with their
/// counts (at most twelve entries, whatever the year holds); a month lists its articles in pages
/// numbered from the oldest end, as every other list (see <see cref="Paginator"/>), so a month
/// of thousands of articles (a bulk import dated one day) is many small pages, and its numbered
/// pages keep their bytes as the archive grows.
/// </summary>
public sealed class ArchivePages : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(RenderContext context)
        => ParallelChunks.Select(Work(context), item => item.Page is { } page
            ? MonthPage(context, item.Year, item.Month!, item.YearOnly!, item.YearLinkDigest!, page)
            : YearPage(context, item.Year, item.YearsDigest!, item.YearLinksOnly!));

    private sealed record WorkItem(ArchiveYear Year, ArchiveMonth? Month, Paginator.Page? Page, ArchiveYearView? YearOnly, string? YearLinkDigest,
        string? YearsDigest, IReadOnlyList<ArchiveYearView>? YearLinksOnly);

    private static IEnumerable<WorkItem> Work(RenderContext context)
    {
        // Every year page links every year, as bare links (number and URL): with their counts, a
        // new article made every year page again, though only its own year changed. Keyed once.
        var yearLinksOnly = context.Model.Years.Select(y => YearView(context, y).LinkOnly()).ToList();
        var yearsDigest = context.Key("archive years").AddJson(yearLinksOnly).Finish();
        foreach (var (year, yearOnly) in context.Model.Years.Zip(yearLinksOnly))
        {
            yield return new WorkItem(year, null, null, null, null, yearsDigest, yearLinksOnly);
            // A month page gets its year as a bare link (number and URL): with the year's counts,
            // a new article made every month page of its year again.
            var yearLinkDigest = context.Key("archive year link").AddJson(yearOnly).Finish();
            foreach (var month in year.Months)
            foreach (var page in Paginator.Pages(month.Articles.Count, context.Model.Config.PageSize, context.Model.Config.ArchivePageSize))
                yield return new WorkItem(year, month, page, yearOnly, yearLinkDigest, null, null);
        }
    }

    private static OutputFile YearPage(RenderContext context, ArchiveYear year, string yearsDigest, IReadOnlyList<ArchiveYearView> yearLinksOnly)
    {
        // A year page shows its months' counts: keyed from the counts, not the articles, so an
        // edited article leaves it alone.
        var key = context.Key("year").Add(year.Year).Add(yearsDigest);
        foreach (var month in year.Months) key = key.Add(month.Month).Add(month.Articles.Count);
        var path = year.Path + "index.html";
        var finished = key.Finish();
        return HtmlPage.Kept(context, path, finished) ?? HtmlPage.Rendered(context, path, "year", YearModel(context, year, yearLinksOnly), finished);
    }

    private static Dictionary<string, object?> YearModel(RenderContext context, ArchiveYear year, IReadOnlyList<ArchiveYearView> yearLinksOnly)
    {
        var yearView = YearView(context, year);
        var title = context.Strings.Format("archive_year", year.Year);
        var model = context.PageModel(context.Page(title, $"{title}: {yearView.CountText}", year.Path, "year"));
        model["year"] = yearView;
        model["years"] = yearLinksOnly;
        var yearText = year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        model["search_within"] = SearchPages.Within(context, "year", yearText, yearText);
        return model;
    }

    private static OutputFile MonthPage(RenderContext context, ArchiveYear year, ArchiveMonth month, ArchiveYearView yearOnly, string yearLinkDigest,
        Paginator.Page page)
    {
        // As a term's pages: the front page shows the count and links the newest numbered page; a
        // numbered page its own articles and whether the front page is its newer neighbour.
        var key = context.Key("month").Add(month.Year).Add(month.Month).Add(yearLinkDigest).Add(page.Number);
        key = page.Front ? key.Add(page.Numbered).Add(month.Articles) : key.Add(page.Number == page.Numbered).Add(month.Articles, page.Skip, page.Take);
        var path = (page.Front ? month.Path : Paginator.PathOf(month.Path, page.Number)) + "index.html";
        var finished = key.Finish();
        return HtmlPage.Kept(context, path, finished) ?? HtmlPage.Rendered(context, path, "month", MonthModel(context, month, yearOnly, page), finished);
    }

    private static Dictionary<string, object?> MonthModel(RenderContext context, ArchiveMonth month, ArchiveYearView yearOnly, Paginator.Page page)
    {
        var slice = Paginator.Slice(month.Articles, page, month.Path, context);
        var monthTitle = context.Strings.FormatMonth(month.Year, month.Month);
        var title = page.Front ? monthTitle : $"{monthTitle} – {slice.Pager.Label}";
        var description = page.Front ? $"{monthTitle}: {context.CountText(month.Articles.Count)}" : $"{monthTitle}: {slice.Pager.Label}";
        var model = context.PageModel(context.Page(title, description, slice.SitePath, "month"));
        model["month"] = new ArchiveMonthView(context.Strings.MonthName(month.Month), context.Urls.Path(month.Path),
            page.Front ? month.Articles.Count : 0, page.Front ? context.CountText(month.Articles.Count) : "", context.Cards(slice.Listed));
        model["more_articles"] = context.Cards(slice.More);
        model["pager"] = slice.Pager;
        model["year"] = yearOnly;
        return model;
    }

    public static IReadOnlyList<ArchiveYearView> YearLinks(RenderContext context)
        => context.Model.Years.Select(y => YearView(context, y)).ToList();

    private static ArchiveYearView YearView(RenderContext context, ArchiveYear year)
        => new(year.Year, context.Urls.Path(year.Path), year.Count, context.CountText(year.Count),
            year.Months.Select(m => new ArchiveMonthView(context.Strings.MonthName(m.Month), context.Urls.Path(m.Path), m.Articles.Count,
                context.CountText(m.Articles.Count), [])).ToList());
}
