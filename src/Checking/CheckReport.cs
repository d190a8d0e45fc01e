namespace StaticNews.Checking;

/// <summary>What `check` looked at and what it found.</summary>
public sealed record CheckReport(int Pages, int Links, int Feeds, int SitemapEntries, IReadOnlyList<CheckFinding> Findings)
{
    public bool Clean => Findings.Count == 0;
}
