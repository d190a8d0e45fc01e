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
/// <param name="SpellKey">Per id, the key of its document, spelled (see <see cref="DocumentKeySpeller"/>); asked for on any thread.</param>
/// <param name="FiltersOf">Per id, the filters its document files under (shared objects, one per tag, place and year).</param>
/// <param name="DocumentOf">Per id and its filters, the document itself: reading the article's text is left to this.</param>
/// <param name="Reusable">Whether output/ holds a file of the last build at a path, made under a key.</param>
public sealed record SearchSource(
    BuildCache? Cache,
    string SiteKey,
    string Folder,
    int Count,
    DocumentKeySpeller SpellKey,
    Func<int, IReadOnlyList<SearchFilter>> FiltersOf,
    Func<int, IReadOnlyList<SearchFilter>, SearchDocument> DocumentOf,
    Func<string, string, bool> Reusable)
{
    /// <summary>The most characters a document's key takes.</summary>
    public const int MaxKeyLength = 64;

    /// <summary>The key of document <paramref name="id"/>.</summary>
    public string KeyOf(int id)
    {
        Span<char> spelled = stackalloc char[MaxKeyLength];
        return new string(spelled[..SpellKey(id, spelled)]);
    }

    /// <summary>
    /// The documents' keys by id, with the strings of <paramref name="known"/> (keys by id too)
    /// wherever a key is the same: a string is made only for a key that differs.
    /// </summary>
    public string[] KeysLike(string[] known)
    {
        var keys = new string[Count];
        Span<char> spelled = stackalloc char[MaxKeyLength];
        for (var d = 0; d < keys.Length; d++)
        {
            var key = spelled[..SpellKey(d, spelled)];
            keys[d] = d < known.Length && key.SequenceEqual(known[d]) ? known[d] : new string(key);
        }
        return keys;
    }
}
