using StaticNews.Output;
using StaticNews.Rendering.Views;
using StaticNews.Site;

namespace StaticNews.Rendering.Pages;

/// <summary>/yyyy/ and /yyyy/MM/: the archive by year and month.</summary>
public sealed class ArchivePages : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(RenderContext context)
    {
        foreach (var year in context.Model.Years)
        {
            var yearView = YearView(context, year, withArticles: true);
            var title = context.Strings.Format("archive_year", year.Year);
            var model = context.PageModel(context.Page(title, $"{title}: {yearView.CountText}", year.Path, "year"));
            model["year"] = yearView;
            model["years"] = YearLinks(context);
            var yearText = year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            model["search_within"] = SearchPages.Within(context, "year", yearText, yearText);
            yield return HtmlPage.Render(context, year.Path, "year", model);

            foreach (var month in year.Months)
            {
                var monthTitle = context.Strings.FormatMonth(month.Year, month.Month);
                var monthModel = context.PageModel(context.Page(monthTitle, $"{monthTitle}: {context.CountText(month.Articles.Count)}", month.Path, "month"));
                monthModel["month"] = MonthView(context, month, withArticles: true);
                monthModel["year"] = yearView;
                yield return HtmlPage.Render(context, month.Path, "month", monthModel);
            }
        }
    }

    public static IReadOnlyList<ArchiveYearView> YearLinks(RenderContext context)
        => context.Model.Years.Select(y => YearView(context, y, withArticles: false)).ToList();

    private static ArchiveYearView YearView(RenderContext context, ArchiveYear year, bool withArticles)
        => new(year.Year, context.Urls.Path(year.Path), year.Count, context.CountText(year.Count),
            year.Months.Select(m => MonthView(context, m, withArticles)).ToList());

    private static ArchiveMonthView MonthView(RenderContext context, ArchiveMonth month, bool withArticles)
        => new(context.Strings.MonthName(month.Month), context.Urls.Path(month.Path), month.Articles.Count,
            context.CountText(month.Articles.Count), withArticles ? context.Cards(month.Articles) : []);
}
