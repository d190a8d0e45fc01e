namespace StaticNews.Site;

/// <summary>One year of the archive: its months, newest first.</summary>
public sealed record ArchiveYear(int Year, IReadOnlyList<ArchiveMonth> Months)
{
    public string Path => $"{Year:D4}/";
    public int Count => Months.Sum(m => m.Articles.Count);
}
