namespace StaticNews.Search.Analysis;

/// <summary>
/// One document's terms and, per term, how often it occurs in each field, plus each field's
/// length in terms: all that ranking needs of the text. The per-field counts of a term are packed
/// into one number (<see cref="BitsPerField"/> bits a field, capped), so a document costs twelve
/// bytes a distinct term.
/// </summary>
public sealed record DocumentTerms(int[] Lengths, int[] TermIds, ulong[] Counts)
{
    public const int BitsPerField = 12;
    private const int MaxCount = (1 << BitsPerField) - 1;

    /// <summary>How often the <paramref name="entry"/>-th term occurs in field <paramref name="field"/>.</summary>
    public int CountOf(int entry, int field) => (int)((Counts[entry] >> (field * BitsPerField)) & MaxCount);

    public static DocumentTerms Count(SearchDocument document, IReadOnlyList<SearchField> fields, TermTable terms)
    {
        if (fields.Count * BitsPerField > 64) throw new ArgumentException("too many fields to pack into one number", nameof(fields));
        var lengths = new int[fields.Count];
        // The thread's table, emptied: one made per document grew by doubling to its few hundred terms, then was dropped.
        var counts = t_counts ??= new Dictionary<string, ulong>(StringComparer.Ordinal);
        counts.Clear();
        for (var f = 0; f < fields.Count; f++)
        {
            var shift = f * BitsPerField;
            foreach (var term in SearchTokenizer.Terms(fields[f].TextOf(document)))
            {
                lengths[f]++;
                var packed = counts.GetValueOrDefault(term);
                if ((int)((packed >> shift) & MaxCount) < MaxCount) counts[term] = packed + (1UL << shift);
            }
        }
        var ids = new int[counts.Count];
        var values = new ulong[counts.Count];
        var i = 0;
        foreach (var (term, packed) in counts)
        {
            ids[i] = terms.IdOf(term);
            values[i++] = packed;
        }
        if (counts.Count > MaxKeptTerms) t_counts = null;
        return new DocumentTerms(lengths, ids, values);
    }

    private const int MaxKeptTerms = 1 << 16;
    [ThreadStatic] private static Dictionary<string, ulong>? t_counts;
}
