namespace StaticNews.Configuration;

/// <summary>
/// The known name a mistyped one was most likely meant to be ("titel" → "title"): the nearest by
/// edit distance, counting a swap of two neighbouring letters as one edit, if it is near enough
/// to be a typing slip rather than another word.
/// </summary>
public static class ClosestName
{
    public static string? To(string typed, IEnumerable<string> known)
    {
        var wanted = typed.Trim().ToLowerInvariant();
        var allowed = Math.Clamp(wanted.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            var distance = Distance(wanted, name.ToLowerInvariant());
            if (distance <= allowed && distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }
        return best;
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
