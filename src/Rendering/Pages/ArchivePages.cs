using StaticNews.Output;
using StaticNews.Rendering.Views;
using StaticNews.Site;

namespace StaticNews.Rendering.Pages;

/// <summary>/yyyy/ and /yyyy/MM/: the archive by year and month.</summary>
public sealed class ArchivePages : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(RenderContext context)
    {
        // Every year page links every year, as bare links (number and URL): with their counts, a
        // new article made every year page again, though only its own year changed. Keyed once.
        var yearLinks = YearLinks(context);
        var yearLinksOnly = yearLinks.Select(y => y.LinkOnly()).ToList();
        var yearsDigest = context.Key("archive years").AddJson(yearLinksOnly).Finish();
        foreach (var (year, yearLink) in context.Model.Years.Zip(yearLinks))
        {
            // A year's and its months' pages follow from the year's articles (their cards and
            // dates give the months, counts and lists): keyed from those before any view is built.
            var yearArticles = year.Months.SelectMany(m => m.Articles).ToList();
            var yearView = new Lazy<ArchiveYearView>(() => YearView(context, year, withArticles: true));
            var key = context.Key("year").Add(year.Year).Add(yearsDigest).Add(yearArticles).Finish();
            yield return HtmlPage.KeepOrRender(context, year.Path + "index.html", "year", key, () =>
            {
                var title = context.Strings.Format("archive_year", year.Year);
                var model = context.PageModel(context.Page(title, $"{title}: {yearView.Value.CountText}", year.Path, "year"));
                model["year"] = yearView.Value;
                model["years"] = yearLinksOnly;
                var yearText = year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                model["search_within"] = SearchPages.Within(context, "year", yearText, yearText);
                return model;
            });

            // A month page gets its year as a bare link (number and URL): with the year's articles
            // or counts, a new article made every month page of its year again (the key has to
            // cover what a template could show), a dozen lists of cards rendered for one article.
            var yearOnly = yearLink.LinkOnly();
            var yearLinkDigest = context.Key("archive year link").AddJson(yearOnly).Finish();
            foreach (var month in year.Months)
            {
                var monthKey = context.Key("month").Add(month.Year).Add(month.Month).Add(month.Articles).Add(yearLinkDigest).Finish();
                yield return HtmlPage.KeepOrRender(context, month.Path + "index.html", "month", monthKey, () =>
                {
                    var monthTitle = context.Strings.FormatMonth(month.Year, month.Month);
                    var monthModel = context.PageModel(context.Page(monthTitle, $"{monthTitle}: {context.CountText(month.Articles.Count)}", month.Path, "month"));
                    monthModel["month"] = MonthView(context, month, withArticles: true);
                    monthModel["year"] = yearOnly;
                    return monthModel;
                });
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
