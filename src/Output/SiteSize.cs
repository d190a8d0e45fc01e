using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticNews.Output;

/// <summary>
/// The bytes of a built site by kind of file (article pages, tag pages, feeds, the search index
/// …), worked out from its manifest's sizes: where an archive's bytes go, for the build summary
/// and for the size budget's message, which names the largest.
/// </summary>
public sealed partial record SiteSize(long Bytes, int Files, IReadOnlyList<SiteSize.Part> Parts)
{
    /// <summary>One kind of file: its name as the summary prints it, its bytes and files.</summary>
    public sealed record Part(string Kind, long Bytes, int Files);

    public static SiteSize Of(IEnumerable<KeyValuePair<string, long>> files)
    {
        // Tallied in objects and sorted by List.Sort, not in tuples and by LINQ: the framework's
        // generic code over a class is shared and precompiled, over a tuple of numbers it is not.
        var parts = new Dictionary<string, Tally>(StringComparer.Ordinal);
        long bytes = 0;
        var count = 0;
        foreach (var (path, size) in files)
        {
            var kind = KindOf(path);
            if (!parts.TryGetValue(kind, out var tally)) parts[kind] = tally = new Tally();
            tally.Bytes += size;
            tally.Files++;
            bytes += size;
            count++;
        }
        var list = new List<Part>(parts.Count);
        foreach (var (kind, tally) in parts) list.Add(new Part(kind, tally.Bytes, tally.Files));
        list.Sort((x, y) => x.Bytes != y.Bytes ? y.Bytes.CompareTo(x.Bytes) : string.CompareOrdinal(x.Kind, y.Kind));
        return new SiteSize(bytes, count, list);
    }

    private sealed class Tally
    {
        public long Bytes;
        public int Files;
    }

    /// <summary>The kind of an output path, by the site's URL scheme (see README "URLs").</summary>
    public static string KindOf(string path)
    {
        path = path.Replace('\\', '/');
        var name = path.AsSpan(path.LastIndexOf('/') + 1);
        if (path.StartsWith("search/", StringComparison.Ordinal)) return "search index";
        if (path.StartsWith("assets/", StringComparison.Ordinal)) return "theme assets";
        if (name is "feed.xml") return "feeds";
        if (name.StartsWith("sitemap", StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal)) return "sitemap";
        if (!name.EndsWith(".html", StringComparison.Ordinal)) return "other files";
        if (path.StartsWith("tags/", StringComparison.Ordinal)) return "tag pages";
        if (path.StartsWith("locations/", StringComparison.Ordinal)) return "location pages";
        if (ArticlePath().IsMatch(path)) return "article pages";
        if (ArchivePath().IsMatch(path)) return "year and month pages";
        if (path == "index.html" || path.StartsWith("page/", StringComparison.Ordinal)) return "front pages";
        return "other pages";
    }

    /// <summary>"366.9 MB" (decimal units, as hosts state their limits).</summary>
    public static string Format(long bytes) => bytes switch
    {
        >= 1_000_000_000 => (bytes / 1e9).ToString("0.00", CultureInfo.InvariantCulture) + " GB",
        >= 1_000_000 => (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        >= 1_000 => (bytes / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };

    /// <summary>The largest kinds, "search index 52.2 MB (10,660 files), …".</summary>
    public string Largest(int count)
        => string.Join(", ", Parts.Take(count).Select(p => $"{p.Kind} {Format(p.Bytes)} ({p.Files.ToString("N0", CultureInfo.InvariantCulture)} files)"));

    [GeneratedRegex(@"^\d{4}/\d{2}/\d{2}/[^/]+/index\.html$")]
    private static partial Regex ArticlePath();

    [GeneratedRegex(@"^\d{4}/(\d{2}/)?(page/\d+/)?index\.html$")]
    private static partial Regex ArchivePath();
}
