using StaticNews.Content;

namespace StaticNews.Site;

/// <summary>How many articles were dated by each source, best first ("2 text, 1 metadata, 3 git"), for the build summary: guesses stand out.</summary>
public static class DateSourceCounts
{
    public static string Of(IEnumerable<Article> articles)
    {
        // Counted by the source's number in a plain array, not grouped and ordered by LINQ: the
        // framework's generic code over an enum of ours is not precompiled but compiled at every
        // start. Articles whose source is not recorded come last.
        var counts = new int[8];
        var notRecorded = 0;
        foreach (var article in articles)
        {
            if (article.Meta.DateSource is not { } source)
            {
                notRecorded++;
                continue;
            }
            if ((int)source >= counts.Length) Array.Resize(ref counts, (int)source + 1);
            counts[(int)source]++;
        }
        var parts = new List<string>();
        for (var i = 0; i < counts.Length; i++)
            if (counts[i] > 0) parts.Add($"{counts[i]} {((DateSource)i).Name()}");
        if (notRecorded > 0) parts.Add($"{notRecorded} not recorded");
        return string.Join(", ", parts);
    }
}
