using StaticNews.Output;
using StaticNews.Search.Analysis;
using StaticNews.Search.Incremental;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Search;

/// <summary>
/// Builds the static search index: BM25F term impacts, filter lists, sharded into
/// content-hashed files the browser fetches one by one (see <see cref="SearchIndex"/> for the layout).
/// Documents come oldest first: a document's id is its position, so a new article gets the
/// next id and leaves the other ids, and most files, as they were; the highest id is the newest,
/// which is how the browser breaks ties newest first.
///
/// The index is a function of its documents alone, however it is reached: <see cref="Build(IReadOnlyList{IndexedDocument}, TermTable, string, bool, SearchIndexStore?)"/>
/// makes all of it, and <see cref="Update"/> changes the index a previous build left (its
/// <see cref="SearchIndexState"/>) where a few documents differ, to the same bytes. What makes that
/// cheap: impacts use average field lengths rounded to a few significant bits (see
/// <see cref="TermImpact.AverageLengths"/>), so a new document leaves the other documents' impacts alone;
/// shard boundaries are content-defined (<see cref="ShardCut"/>), so a changed entry leaves the
/// other shards alone; and the store keeps each shard's whole posting lists, each document's
/// counted terms and each block group's name.
/// </summary>
public sealed class SearchIndexBuilder(SearchIndexOptions? options = null)
{
    private readonly SearchIndexOptions _options = options ?? new SearchIndexOptions();

    public SearchIndexOptions Options => _options;

    public SearchIndex Build(IReadOnlyList<SearchDocument> documents, string folder = "search/")
    {
        var terms = new TermTable();
        var prepared = new IndexedDocument[documents.Count];
        Parallel.For(0, documents.Count, d => prepared[d] = Prepare(documents[d], terms));
        return Build(prepared, terms, folder);
    }

    /// <summary>Counts a document's terms (into <paramref name="terms"/>) and writes its result fragment.</summary>
    public IndexedDocument Prepare(SearchDocument document, TermTable terms, string? key = null)
    {
        var fragment = Fragment(document);
        return new IndexedDocument(DocumentTerms.Count(document, SearchField.All, terms), document.Filters, SearchIndexFiles.NameOf(fragment), fragment, key);
    }

    /// <summary>
    /// Builds the whole index from documents already counted, oldest first, their term ids from
    /// <paramref name="terms"/>. With <paramref name="fragmentsWritten"/> the caller has put out
    /// the fragment files itself and they are not among the files returned. With a
    /// <paramref name="store"/> (every document then has its key), what a later
    /// <see cref="Update"/> needs is kept there.
    /// </summary>
    public SearchIndex Build(IReadOnlyList<IndexedDocument> documents, TermTable terms, string folder = "search/", bool fragmentsWritten = false, SearchIndexStore? store = null)
    {
        var count = documents.Count;
        var sums = new long[SearchField.All.Count];
        foreach (var document in documents)
            for (var f = 0; f < sums.Length; f++) sums[f] += document.Terms.Lengths[f];
        var all = Entries(documents, terms, TermImpact.AverageLengths(sums, count));

        long total = 0;
        foreach (var entry in all) total += entry.Size;
        var ranges = Cut(all, ShardCut.For(total, _options));
        var shards = new ShardOutput[ranges.Count];
        Parallel.For(0, ranges.Count, s =>
        {
            var (first, end) = ranges[s];
            shards[s] = ShardFile.Make(all.GetRange(first, end - first), folder);
        });

        var files = new List<OutputFile>();
        files.AddRange(shards.Select(s => s.File));
        files.AddRange(RestFiles(all, folder));

        var fragmentNames = documents.Select(d => d.FragmentName).ToArray();
        if (!fragmentsWritten) files.AddRange(documents
            .Select(d => new OutputFile(SearchIndexFiles.Fragment(folder, d.FragmentName),
                d.Fragment ?? throw new InvalidOperationException("a document without its fragment's bytes needs fragmentsWritten")) { Key = d.Key })
            .DistinctBy(f => f.Path));
        var blockGroups = new BlockGroups(_options);
        var groups = new List<string>();
        for (var g = 0; g * blockGroups.Documents < count; g++) groups.Add(blockGroups.Make(fragmentNames, g, folder, files));

        var records = shards.Select(s => s.Record).ToList();
        if (store != null)
        {
            var locations = store.PutPack([.. ranges.Select(r => all.GetRange(r.Start, r.End - r.Start))]);
            for (var s = 0; s < records.Count; s++) records[s] = records[s] with { Blob = locations[s] };
        }
        var manifest = SearchManifest.Make(folder, count, records, groups, _options);
        files.Add(manifest);

        var termEntries = all.Count(e => !e.IsFilter);
        var splitCount = all.Count(e => e.IsSplit);
        if (store != null)
        {
            var segments = new string[(count + SearchIndexStore.SegmentSize - 1) / SearchIndexStore.SegmentSize];
            Parallel.For(0, segments.Length, s => segments[s] = store.PutSegment(
                documents.Skip(s * SearchIndexStore.SegmentSize).Take(SearchIndexStore.SegmentSize).Select(StoredDocument.Of).ToList(), terms));
            store.Save(new SearchIndexState
            {
                Keys = [.. documents.Select(d => d.Key ?? throw new InvalidOperationException("a document kept in the store needs its key"))],
                FragmentNames = fragmentNames, LengthSums = sums, TotalBytes = total, TermCount = termEntries, SplitCount = splitCount,
                Shards = records, Segments = segments, Groups = groups,
            });
        }
        return new SearchIndex(manifest.Path, files, termEntries, records.Count, splitCount);
    }

    /// <summary>
    /// The index <paramref name="previous"/> describes, changed where the documents at
    /// <paramref name="changedIds"/> (ascending; see <see cref="SearchIndexState.ChangedIds"/>) differ:
    /// <paramref name="documents"/> holds the new document of each changed id below
    /// <paramref name="keys"/>' count (ids past it are gone). Only the entries of the changed
    /// documents' terms and filters are made anew, the shards around them cut anew, and their
    /// block groups named anew; every other file is kept (when <paramref name="reusable"/> says
    /// the output holds it) or made again from the store. The bytes are those of
    /// <see cref="Build(IReadOnlyList{IndexedDocument}, TermTable, string, bool, SearchIndexStore?)"/>
    /// on the same documents. Returns null when the change moves the rounded average lengths or
    /// the shard target, which changes every entry or shard (then build the whole index).
    /// Throws what <see cref="SearchIndexStore"/> throws for a damaged store.
    /// </summary>
    public SearchIndex? Update(SearchIndexStore store, SearchIndexState previous, IReadOnlyList<string> keys, IReadOnlyList<int> changedIds,
        IReadOnlyDictionary<int, IndexedDocument> documents, TermTable terms, string folder = "search/", Func<string, string, bool>? reusable = null)
        => new SearchIndexUpdate(_options, store, previous, keys, changedIds, documents, terms, folder, reusable).Run();

    /// <summary>
    /// What a result shows of a document, as its fragment file holds it: JSON, gzipped. The body
    /// is most of it (the browser checks quoted phrases and cuts excerpts from it), and stored
    /// plain it would be a third of the whole site; the client inflates it with DecompressionStream.
    /// </summary>
    public byte[] Fragment(SearchDocument doc) => IndexFileGzip.Compress(FragmentJson(doc));

    /// <summary>A fragment's JSON before it is gzipped.</summary>
    public byte[] FragmentJson(SearchDocument doc) => SearchJson.Bytes(w =>
    {
        w.WriteStartObject();
        w.WriteString("url", doc.Url);
        w.WriteString("title", doc.Title);
        w.WriteString("date", doc.Date);
        w.WriteString("dateText", doc.DateText);
        w.WriteStartArray("locations");
        foreach (var location in doc.Locations) w.WriteStringValue(location);
        w.WriteEndArray();
        w.WriteString("lead", doc.Lead);
        w.WriteString("body", doc.Body.Length > _options.MaxBodyChars ? doc.Body[.._options.MaxBodyChars] : doc.Body);
        w.WriteEndObject();
    });

    /// <summary>Every rest's part once (two lists may share a part's bytes, and so its name), by name.</summary>
    private static List<OutputFile> RestFiles(List<ShardEntry> all, string folder)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<OutputFile>();
        foreach (var entry in all)
            for (var p = 0; p < (entry.RestNames?.Length ?? 0); p++)
                if (named.Add(entry.RestNames![p])) files.Add(SearchIndexFiles.RestOf(folder, entry.RestNames[p], entry.RestParts[p]));
        files.Sort((x, y) => string.CompareOrdinal(x.Path, y.Path));
        return files;
    }

    /// <summary>Every key's entry, sorted by key: the terms' posting lists and the filters' documents.</summary>
    private List<ShardEntry> Entries(IReadOnlyList<IndexedDocument> documents, TermTable terms, double[] averages)
    {
        var entries = TermEntries(documents, terms, averages);
        var filters = new SortedDictionary<string, (string Label, List<int> Docs)>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var filter in documents[d].Filters.DistinctBy(f => f.Key))
            {
                if (!filters.TryGetValue(filter.Key, out var entry)) filters[filter.Key] = entry = (filter.Label, []);
                entry.Docs.Add(d);
            }
        }
        var all = new List<ShardEntry>(entries.Length + filters.Count);
        all.AddRange(entries);
        all.AddRange(filters.Select(f => ShardEntry.Filter(f.Key, f.Value.Label, f.Value.Docs)));
        all.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return all;
    }

    /// <summary>The entry of every term some document holds, in term id order.</summary>
    private ShardEntry[] TermEntries(IReadOnlyList<IndexedDocument> documents, TermTable terms, double[] averages)
    {
        // Postings in document order, so every list is sorted by id and delta-codes small; each
        // list made at its final size (the documents of each term counted first).
        var termCount = terms.Count;
        var frequencies = new int[termCount];
        foreach (var document in documents)
            foreach (var term in document.Terms.Entries) frequencies[term.TermId]++;
        var used = Enumerable.Range(0, termCount).Where(id => frequencies[id] > 0).ToArray();
        var entries = new ShardEntry[used.Length];
        var docs = new int[termCount][];
        var impacts = new byte[termCount][];
        // The lists are made a range of term ids at a time, each range a bounded number of
        // postings, its entries made before the next range's lists exist: all lists at once
        // grow with the archive (five bytes a posting, tens of millions of postings), where a
        // pass over the documents' term ids per range costs little.
        for (var first = 0; first < used.Length;)
        {
            var end = first;
            long postings = 0;
            while (end < used.Length && (end == first || postings + frequencies[used[end]] <= PostingsPerPass))
                postings += frequencies[used[end++]];
            var (low, high) = (used[first], used[end - 1]);
            for (var i = first; i < end; i++)
            {
                docs[used[i]] = new int[frequencies[used[i]]];
                impacts[used[i]] = new byte[frequencies[used[i]]];
            }
            var filled = new int[high - low + 1];
            for (var d = 0; d < documents.Count; d++)
            {
                var counted = documents[d].Terms;
                foreach (var term in counted.Entries)
                {
                    var id = term.TermId;
                    if (id < low || id > high) continue;
                    var at = filled[id - low]++;
                    docs[id][at] = d;
                    impacts[id][at] = TermImpact.Of(counted, term, averages, _options.K1);
                }
            }
            Parallel.For(first, end, i =>
            {
                var id = used[i];
                entries[i] = ShardEntry.Term(terms[id], docs[id], impacts[id], _options.HeadPostings);
                docs[id] = null!;
                impacts[id] = null!;
            });
            first = end;
        }
        return entries;
    }

    /// <summary>How many postings' lists <see cref="TermEntries"/> holds at once, at most (one term's may be more); a test makes it small.</summary>
    internal long PostingsPerPass { get; init; } = 1L << 22;

    /// <summary>Where the sorted entries are cut into shards: each shard's first entry and the entry past its last.</summary>
    private static List<(int Start, int End)> Cut(List<ShardEntry> all, ShardCut cut)
    {
        var ranges = new List<(int Start, int End)>();
        var start = 0;
        long running = 0;
        for (var i = 0; i < all.Count; i++)
        {
            if (cut.Before(running, all[i].Key, all[i].Size))
            {
                ranges.Add((start, i));
                start = i;
                running = 0;
            }
            running += all[i].Size;
        }
        if (all.Count > 0) ranges.Add((start, all.Count));
        return ranges;
    }
}
