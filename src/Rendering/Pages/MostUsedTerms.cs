using StaticNews.Site;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// The terms filed under most often: ties by slug (ordinal), then in the order given. Array.Sort
/// with a comparison rather than LINQ's OrderByDescending(...).ThenBy(...).Take(...), whose
/// sorter over the int count is generic code in no ReadyToRun image, compiled anew in every build.
/// </summary>
internal static class MostUsedTerms
{
    public static List<Term> Of(IReadOnlyList<Term> terms, int count)
    {
        var order = new int[terms.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            var by = terms[y].Articles.Count.CompareTo(terms[x].Articles.Count);
            if (by == 0) by = string.CompareOrdinal(terms[x].Slug, terms[y].Slug);
            return by != 0 ? by : x.CompareTo(y);
        });
        var most = new List<Term>(Math.Clamp(count, 0, order.Length));
        for (var i = 0; i < order.Length && i < count; i++) most.Add(terms[order[i]]);
        return most;
    }
}
