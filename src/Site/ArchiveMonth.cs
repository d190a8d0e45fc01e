namespace StaticNews.Site;

/// <summary>The articles of one calendar month (site time zone), newest first.</summary>
public sealed record ArchiveMonth(int Year, int Month, IReadOnlyList<Article> Articles)
{
    public string Path => $"{Year:D4}/{Month:D2}/";
}
