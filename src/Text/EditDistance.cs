namespace StaticNews.Text;

/// <summary>
/// Levenshtein distance with an early exit once it exceeds a bound; optionally a swap of two
/// neighbouring letters counts as one edit (optimal string alignment), as a typing slip does.
/// </summary>
public static class EditDistance
{
    public static bool Within(string a, string b, int max) => Distance(a, b, max) <= max;

    /// <summary>The edit distance, or max + 1 as soon as it is known to exceed max.</summary>
    public static int Distance(string a, string b, int max, bool swapIsOneEdit = false)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (swapIsOneEdit && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                rowMin = Math.Min(rowMin, current[j]);
            }
            // No later row can fall below this one's least: a swap reaches back two rows at one
            // edit more, no cheaper than a substitution from the row before.
            if (rowMin > max) return max + 1;
            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }
        return previous[b.Length];
    }
}
