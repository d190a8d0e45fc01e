namespace StaticNews.Rendering.Views;

/// <summary>One year of the archive with its months.</summary>
public sealed record ArchiveYearView(int Year, string Url, int Count, string CountText, IReadOnlyList<ArchiveMonthView> Months)
{
    /// <summary>
    /// The year as a link only (number and URL; no counts, no months), for pages that should not
    /// change with every new article of the archive: a page's key covers all a template could
    /// show of what it is given.
    /// </summary>
    public ArchiveYearView LinkOnly() => this with { Count = 0, CountText = "", Months = [] };
}
