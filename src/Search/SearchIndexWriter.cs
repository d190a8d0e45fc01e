using StaticNews.Output;
using StaticNews.Search.Analysis;
using StaticNews.Search.Incremental;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Search;

/// <summary>
/// Makes a site's index files from a <see cref="SearchSource"/>: changed in place where the last
/// build's store allows it, otherwise whole, reusing every document the store still holds. An
/// opening step (<see cref="Open"/>: the last build's state read, the documents that differ from it
/// found) decides which, so that a caller can run a change in place (<see cref="Update"/>) beside
/// other work and leave a whole build (<see cref="Build"/>), the largest thing a build holds, until
/// that work is done. <see cref="Index"/> (the manifest the search page names) is known once the
/// files have all been made.
/// </summary>
public sealed class SearchIndexWriter
{
    private readonly SearchSource _source;
    private readonly SearchIndexBuilder _builder = new();
    private readonly TermTable _terms = new();
    private readonly InPlacePlan? _inPlace;

    /// <summary>What the opening step found for a change in place: the store, the state the last build left in it, the documents' keys, the ids that differ.</summary>
    private sealed record InPlacePlan(SearchIndexStore Store, SearchIndexState Previous, string[] Keys, List<int> ChangedIds);

    private SearchIndexWriter(SearchSource source, InPlacePlan? inPlace)
    {
        _source = source;
        _inPlace = inPlace;
    }

    /// <summary>
    /// The opening step: reads the state the last build left in the store and, when it was made
    /// for this site key, works out the documents' keys and which ids differ from it. What it read
    /// is kept only for a change in place: a whole build reads it again when its turn comes, so
    /// that nothing of it is held until then.
    /// </summary>
    public static SearchIndexWriter Open(SearchSource source)
    {
        var store = SearchIndexStore.Open(source.Cache, new SearchIndexOptions(), source.Folder, source.SiteKey);
        var previous = store?.Load();
        // Documents are compared by their keys within one site key only (URLs and dates as shown follow from it).
        if (previous == null || previous.Site != store!.Site) return new SearchIndexWriter(source, null);
        var keys = source.KeysLike(previous.Keys);
        // Past a few per cent of the archive, building the whole index costs no more.
        var changedIds = previous.ChangedIds(keys, limit: 64 + previous.Documents / 32);
        return new SearchIndexWriter(source, changedIds == null ? null : new InPlacePlan(store, previous, keys, changedIds));
    }

    /// <summary>True when the opening step found few documents changed: <see cref="Update"/> is to change the index in place.</summary>
    public bool InPlace => _inPlace != null;

    /// <summary>The index made, once its files have all been made.</summary>
    public SearchIndex? Index { get; private set; }

    /// <summary>
    /// The index changed in place where documents differ from the last build's (see
    /// <see cref="SearchIndexBuilder.Update"/>): only the changed documents are made, tokenised and
    /// stemmed, and every other document's fragment is kept. Null when the change turns out to move
    /// what every entry depends on, or the cache is damaged: then <see cref="Build"/> makes the
    /// whole index. Only for a writer <see cref="InPlace"/>.
    /// </summary>
    public List<OutputFile>? Update()
    {
        var (store, previous, keys, changedIds) = _inPlace ?? throw new InvalidOperationException("the search index is not to be changed in place");
        var count = keys.Length;
        var present = new List<int>(changedIds.Count);
        foreach (var d in changedIds)
            if (d < count) present.Add(d);
        var prepared = new IndexedDocument[present.Count];
        Parallel.For(0, present.Count, i =>
        {
            var d = present[i];
            prepared[i] = _builder.Prepare(_source.DocumentOf(d, _source.FiltersOf(d)), _terms, keys[d]);
        });
        var documents = new Dictionary<int, IndexedDocument>();
        for (var i = 0; i < present.Count; i++) documents[present[i]] = prepared[i];

        SearchIndex? index;
        try
        {
            index = _builder.Update(store, previous, keys, changedIds, documents, _terms, _source.Folder, _source.Reusable);
        }
        catch (Exception e) when (SearchIndexStore.IsDamage(e))
        {
            index = null;
        }
        if (index == null) return null;

        var files = new List<OutputFile>(count + index.Files.Count + 1);
        var fragmentPaths = new HashSet<string>(StringComparer.Ordinal);
        for (var d = 0; d < count; d++)
        {
            OutputFile fragment;
            if (documents.TryGetValue(d, out var document))
                fragment = Fragment(document.FragmentName, document.Fragment!);
            else if (FragmentPath(previous.FragmentNames[d]) is var path && _source.Reusable(path, ContentKey))
                fragment = OutputFile.Keep(path, ContentKey);
            else
            {
                // Not in output/ (gone, or never committed): made again, to the bytes its key stands for.
                var made = _source.DocumentOf(d, _source.FiltersOf(d));
                var bytes = _builder.Fragment(made);
                if (SearchIndexFiles.NameOf(bytes) != previous.FragmentNames[d])
                    throw new InvalidOperationException($"the search document key of {made.Url} does not cover what its fragment shows");
                fragment = Fragment(previous.FragmentNames[d], bytes);
            }
            if (fragmentPaths.Add(fragment.Path)) files.Add(fragment);
        }
        files.AddRange(index.Files);
        Index = index;
        return files;
    }

    /// <summary>
    /// The whole index. A document whose key the last build's store holds is not made, tokenised or
    /// stemmed again (its counts come from the store) and its fragment is kept when output/ has it.
    /// Fragments go out as they are made, a chunk at a time: in a large archive they are hundreds
    /// of megabytes, and the rest of the index needs only their names.
    /// </summary>
    public IEnumerable<OutputFile> Build()
    {
        var store = _inPlace?.Store ?? SearchIndexStore.Open(_source.Cache, _builder.Options, _source.Folder, _source.SiteKey);
        var previous = _inPlace?.Previous ?? store?.Load();
        var keys = _inPlace?.Keys ?? KeysOf(_source);
        var count = keys.Length;
        var cached = new Dictionary<string, (DocumentTerms Terms, string? FragmentName)>(StringComparer.Ordinal);
        if (previous != null && store != null)
        {
            try
            {
                var segments = new List<StoredDocument>[previous.Segments.Count];
                Parallel.For(0, segments.Length, s => segments[s] = store.GetSegment(previous.Segments[s], _terms));
                var d = 0;
                foreach (var document in segments.SelectMany(s => s))
                {
                    if (document.Key == previous.Keys[d]) cached.TryAdd(document.Key, (document.Terms, previous.Site == store.Site ? previous.FragmentNames[d] : null));
                    d++;
                }
            }
            catch (Exception e) when (SearchIndexStore.IsDamage(e))
            {
                cached.Clear();
            }
        }

        var documents = new IndexedDocument[count];
        var fragmentPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in ParallelChunks.Select(Enumerable.Range(0, count).ToList(), d =>
        {
            var key = keys[d];
            var filters = _source.FiltersOf(d);
            if (cached.TryGetValue(key, out var known))
            {
                // The fragment follows from the key only within one site key (its URL and dates as shown).
                if (known.FragmentName != null && _source.Reusable(FragmentPath(known.FragmentName), ContentKey))
                {
                    documents[d] = new IndexedDocument(known.Terms, filters, known.FragmentName, null, key);
                    return OutputFile.Keep(FragmentPath(known.FragmentName), ContentKey);
                }
                var bytes = _builder.Fragment(_source.DocumentOf(d, filters));
                var fragment = Fragment(SearchIndexFiles.NameOf(bytes), bytes);
                documents[d] = new IndexedDocument(known.Terms, filters, SearchIndexFiles.NameOf(bytes), null, key);
                return fragment;
            }
            var document = _builder.Prepare(_source.DocumentOf(d, filters), _terms, key);
            documents[d] = document with { Fragment = null };
            return Fragment(document.FragmentName, document.Fragment!);
        }))
            if (fragmentPaths.Add(fragment.Path)) yield return fragment;

        var index = _builder.Build(documents, _terms, _source.Folder, fragmentsWritten: true, store);
        Index = index;
        foreach (var file in index.Files) yield return file;
    }

    /// <summary>Every document's key by id, made on every core.</summary>
    private static string[] KeysOf(SearchSource source)
    {
        var keys = new string[source.Count];
        Parallel.For(0, keys.Length, d => keys[d] = source.KeyOf(d));
        return keys;
    }

    private string FragmentPath(string name) => SearchIndexFiles.Fragment(_source.Folder, name);

    /// <summary>A fragment file: named by its bytes, so kept under the key of content-addressed files.</summary>
    private OutputFile Fragment(string name, byte[] bytes) => new(FragmentPath(name), bytes) { Key = ContentKey };

    private const string ContentKey = SearchIndexFiles.ContentKey;
}
