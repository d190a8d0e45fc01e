using StaticNews.Search.Analysis;

namespace StaticNews.Search.Incremental;

/// <summary>A document as the store keeps it: its key, its counted terms and the keys of its filters.</summary>
internal sealed record StoredDocument(string Key, DocumentTerms Terms, string[] FilterKeys)
{
    /// <summary>An indexed document as the store keeps it (it needs its key), each filter key once.</summary>
    public static StoredDocument Of(IndexedDocument document)
    {
        var keys = new List<string>(document.Filters.Count);
        foreach (var filter in document.Filters)
            if (!keys.Contains(filter.Key)) keys.Add(filter.Key);
        return new(document.Key ?? throw new InvalidOperationException("a document kept in the store needs its key"), document.Terms, [.. keys]);
    }
}
