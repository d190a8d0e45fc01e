using StaticNews.Caching;
using StaticNews.Search.Analysis;

namespace StaticNews.Search;

/// <summary>
/// What a site's index is made from, without the site: its documents by id (oldest first, so ids
/// stay put as documents are added), each with a key that changes whenever what it shows changes,
/// made only when the index needs it; the build cache and site key its store is kept under; and
/// which of the last build's files output/ still holds.
/// </summary>
/// <param name="Cache">The build cache; null keeps no store (every build makes the whole index).</param>
/// <param name="Count">How many documents the index holds: ids 0 to Count - 1.</param>
/// <param name="KeyOf">Per id, the key of its document; asked for on any thread.</param>
/// <param name="FiltersOf">Per id, the filters its document files under (shared objects, one per tag, place and year).</param>
/// <param name="DocumentOf">Per id and its filters, the document itself: reading the article's text is left to this.</param>
/// <param name="Reusable">Whether output/ holds a file of the last build at a path, made under a key.</param>
public sealed record SearchSource(
    BuildCache? Cache,
    string SiteKey,
    string Folder,
    int Count,
    Func<int, string> KeyOf,
    Func<int, IReadOnlyList<SearchFilter>> FiltersOf,
    Func<int, IReadOnlyList<SearchFilter>, SearchDocument> DocumentOf,
    Func<string, string, bool> Reusable);
