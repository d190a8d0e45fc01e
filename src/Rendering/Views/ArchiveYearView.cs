namespace StaticNews.Rendering.Views;

/// <summary>One year of the archive with its months.</summary>
public sealed record ArchiveYearView(int Year, string Url, int Count, string CountText, IReadOnlyList<ArchiveMonthView> Months);
