namespace StaticNews.Site;

/// <summary>One year of the archive: its months, newest first.</summary>
public sealed record ArchiveYear(int Year, IReadOnlyList<ArchiveMonth> Months)
{
    public string Path => $"{Year:D4}/";
    public int Count
    {
        get
        {
            // A loop, not LINQ's Sum: its code over an int selector is in no ReadyToRun image.
            var count = 0;
            foreach (var month in Months) count += month.Articles.Count;
            return count;
        }
    }
}
