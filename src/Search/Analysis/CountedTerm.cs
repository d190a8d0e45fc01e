namespace StaticNews.Search.Analysis;

/// <summary>One term of a document (its id in the <see cref="TermTable"/>) and how often it occurs in each field.</summary>
public readonly record struct CountedTerm(int TermId, ulong Counts)
{
    /// <summary>How often the term occurs in field <paramref name="field"/> (capped at what <see cref="DocumentTerms.BitsPerField"/> bits hold).</summary>
    public int CountIn(int field) => (int)((Counts >> (field * DocumentTerms.BitsPerField)) & ((1 << DocumentTerms.BitsPerField) - 1));
}
