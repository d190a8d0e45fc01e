using StaticNews.Caching;
using StaticNews.Search;
using StaticNews.Search.Analysis;
using StaticNews.Search.Incremental;


namespace StaticNews.Tests.Search;

/// <summary>An index built whole into a store, as the last build leaves it, and the changed documents of a next build.</summary>
internal sealed class StoredIndex : IDisposable
{
    private readonly TempFolder _temp = new();

    public StoredIndex(IReadOnlyList<SearchDocument> documents)
    {
        Store = SearchIndexStore.Open(new BuildCache(_temp.Path), Builder.Options, "search/")!;
        Builder.Build([.. documents.Select(d => Builder.Prepare(d, Terms, Key(d)))], Terms, "search/", store: Store);
        State = Store.Load()!;
    }

    public SearchIndexBuilder Builder { get; } = new();
    public TermTable Terms { get; } = new();
    public SearchIndexStore Store { get; }
    public SearchIndexState State { get; }

    public static SearchDocument Doc(string title, string body, params SearchFilter[] filters)
        => new("/a/", title, "", body, [], [], filters, "2023-01-01T00:00:00+01:00", "1. januar 2023");

    /// <summary>A document's key: what it holds, so that an edited document is a changed one.</summary>
    public static string Key(SearchDocument document) => document.Title + "|" + document.Body + "|" + string.Join(",", document.Filters.Select(f => f.Key));

    /// <summary>The documents of the next build where they differ from the last, the changed ones counted into <see cref="Terms"/>.</summary>
    public ChangedDocuments Changed(IReadOnlyList<SearchDocument> next)
    {
        var keys = next.Select(Key).ToArray();
        var ids = State.ChangedIds(keys, int.MaxValue)!;
        var prepared = ids.Where(d => d < keys.Length).ToDictionary(d => d, d => Builder.Prepare(next[d], Terms, keys[d]));
        return new ChangedDocuments(Store, State, keys, ids, prepared, Terms);
    }

    public void Dispose() => _temp.Dispose();
}
