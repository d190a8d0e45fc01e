using StaticNews.Output;
using StaticNews.Search.Analysis;
using StaticNews.Search.Incremental;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Search;

/// <summary>
/// Makes a site's index files from a <see cref="SearchSource"/>: changed in place where the last
/// build's store allows it, otherwise whole, reusing every document the store still holds. The
/// files stream out as they are made; <see cref="Index"/> (the manifest the search page names)
/// is known once they all have.
/// </summary>
public sealed class SearchIndexWriter(SearchSource source)
{
    private readonly SearchIndexBuilder _builder = new();

    /// <summary>The index made, once <see cref="Files"/> has been enumerated to its end.</summary>
    public SearchIndex? Index { get; private set; }

    public IEnumerable<OutputFile> Files()
    {
        var store = SearchIndexStore.Open(source.Cache, _builder.Options, source.Folder, source.SiteKey);
        var terms = new TermTable();
        var previous = store?.Load();
        // Documents are compared by their keys within one site key only (URLs and dates as shown follow from it).
        var files = (previous != null && previous.Site == store!.Site ? Update(store, previous, terms) : null)
            ?? Build(store, previous, terms);
        foreach (var file in files) yield return file;
    }

    /// <summary>
    /// The index changed in place where documents differ from the last build's (see
    /// <see cref="SearchIndexBuilder.Update"/>): only the changed documents are made, tokenised and
    /// stemmed, and every other document's fragment is kept. Null when the change is too large or
    /// moves what every entry depends on, or the cache is damaged: then the whole index is built.
    /// </summary>
    private List<OutputFile>? Update(SearchIndexStore store, SearchIndexState previous, TermTable terms)
    {
        var keys = source.Keys;
        var count = keys.Count;
        // Past a few per cent of the archive, building the whole index costs no more.
        var changedIds = previous.ChangedIds(keys, limit: 64 + previous.Documents / 32);
        if (changedIds == null) return null;
        var present = new List<int>(changedIds.Count);
        foreach (var d in changedIds)
            if (d < count) present.Add(d);
        var prepared = new IndexedDocument[present.Count];
        Parallel.For(0, present.Count, i =>
        {
            var d = present[i];
            prepared[i] = _builder.Prepare(source.DocumentOf(d, source.FiltersOf(d)), terms, keys[d]);
        });
        var documents = new Dictionary<int, IndexedDocument>();
        for (var i = 0; i < present.Count; i++) documents[present[i]] = prepared[i];

        SearchIndex? index;
        try
        {
            index = _builder.Update(store, previous, keys, changedIds, documents, terms, source.Folder, source.Reusable);
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
            else if (source.Reusable(FragmentPath(previous.FragmentNames[d]), ContentKey))
                fragment = OutputFile.Keep(FragmentPath(previous.FragmentNames[d]), ContentKey);
            else
            {
                // Not in output/ (gone, or never committed): made again, to the bytes its key stands for.
                var made = source.DocumentOf(d, source.FiltersOf(d));
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
    private IEnumerable<OutputFile> Build(SearchIndexStore? store, SearchIndexState? previous, TermTable terms)
    {
        var keys = source.Keys;
        var count = keys.Count;
        var cached = new Dictionary<string, (DocumentTerms Terms, string? FragmentName)>(StringComparer.Ordinal);
        if (previous != null && store != null)
        {
            try
            {
                var segments = new List<StoredDocument>[previous.Segments.Count];
                Parallel.For(0, segments.Length, s => segments[s] = store.GetSegment(previous.Segments[s], terms));
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
            var filters = source.FiltersOf(d);
            if (cached.TryGetValue(key, out var known))
            {
                // The fragment follows from the key only within one site key (its URL and dates as shown).
                if (known.FragmentName != null && source.Reusable(FragmentPath(known.FragmentName), ContentKey))
                {
                    documents[d] = new IndexedDocument(known.Terms, filters, known.FragmentName, null, key);
                    return OutputFile.Keep(FragmentPath(known.FragmentName), ContentKey);
                }
                var bytes = _builder.Fragment(source.DocumentOf(d, filters));
                var fragment = Fragment(SearchIndexFiles.NameOf(bytes), bytes);
                documents[d] = new IndexedDocument(known.Terms, filters, SearchIndexFiles.NameOf(bytes), null, key);
                return fragment;
            }
            var document = _builder.Prepare(source.DocumentOf(d, filters), terms, key);
            documents[d] = document with { Fragment = null };
            return Fragment(document.FragmentName, document.Fragment!);
        }))
            if (fragmentPaths.Add(fragment.Path)) yield return fragment;

        var index = _builder.Build(documents, terms, source.Folder, fragmentsWritten: true, store);
        Index = index;
        foreach (var file in index.Files) yield return file;
    }

    private string FragmentPath(string name) => SearchIndexFiles.Fragment(source.Folder, name);

    /// <summary>A fragment file: named by its bytes, so kept under the key of content-addressed files.</summary>
    private OutputFile Fragment(string name, byte[] bytes) => new(FragmentPath(name), bytes) { Key = ContentKey };

    private const string ContentKey = SearchIndexFiles.ContentKey;
}
