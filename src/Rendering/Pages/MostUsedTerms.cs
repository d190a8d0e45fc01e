using StaticNews.Site;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// Terms ranked by a count, most first: ties by a name (ordinal), then in the order given.
/// Array.Sort with a comparison rather than LINQ's OrderByDescending(...).ThenBy(...).Take(...),
/// whose sorter over the int count is generic code in no ReadyToRun image, compiled anew in every
/// build.
/// </summary>
internal static class MostUsedTerms
{
    /// <summary>The terms filed under most often, ties by slug.</summary>
    public static List<Term> Of(IReadOnlyList<Term> terms, int count)
        => Top(terms, term => term.Articles.Count, term => term.Slug, count);

    /// <summary>At most <paramref name="count"/> of <paramref name="terms"/>, highest <paramref name="countOf"/> first, ties by <paramref name="nameOf"/>.</summary>
    public static List<Term> Top(IReadOnlyList<Term> terms, Func<Term, int> countOf, Func<Term, string> nameOf, int count)
    {
        var order = new int[terms.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            var by = countOf(terms[y]).CompareTo(countOf(terms[x]));
            if (by == 0) by = string.CompareOrdinal(nameOf(terms[x]), nameOf(terms[y]));
            return by != 0 ? by : x.CompareTo(y);
        });
        var most = new List<Term>(Math.Clamp(count, 0, order.Length));
        for (var i = 0; i < order.Length && i < count; i++) most.Add(terms[order[i]]);
        return most;
    }
}
