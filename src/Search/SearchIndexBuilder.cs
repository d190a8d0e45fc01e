using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticNews.Output;
using StaticNews.Text;

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
/// <see cref="AverageLengths"/>), so a new document leaves the other documents' impacts alone;
/// shard boundaries are content-defined (<see cref="ShardCut"/>), so a changed entry leaves the
/// other shards alone; and the store keeps each shard's whole posting lists, each document's
/// counted terms and each block group's name.
/// </summary>
public sealed class SearchIndexBuilder(SearchIndexOptions? options = null)
{
    /// <summary>Content-addressed files (named by a hash of their bytes) are kept from the last build under this key.</summary>
    public const string ContentKey = "search-content";

    private readonly SearchIndexOptions _options = options ?? new SearchIndexOptions();

    public SearchIndexOptions Options => _options;

    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        // Danish letters stay readable and small; <, >, & and quotes are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

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
        return new IndexedDocument(DocumentTerms.Count(document, SearchField.All, terms), document.Filters, Hash(fragment), fragment, key);
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
        var averages = AverageLengths(sums, count);

        // Postings in document order, so every list is sorted by id and delta-codes small; each
        // list made at its final size (the documents of each term counted first).
        var termCount = terms.Count;
        var frequencies = new int[termCount];
        foreach (var document in documents)
            foreach (var id in document.Terms.TermIds) frequencies[id]++;
        var docs = new int[termCount][];
        var impacts = new byte[termCount][];
        for (var id = 0; id < termCount; id++)
        {
            if (frequencies[id] == 0) continue;
            docs[id] = new int[frequencies[id]];
            impacts[id] = new byte[frequencies[id]];
        }
        var filled = new int[termCount];
        for (var d = 0; d < count; d++)
        {
            var counted = documents[d].Terms;
            for (var t = 0; t < counted.TermIds.Length; t++)
            {
                var id = counted.TermIds[t];
                docs[id][filled[id]] = d;
                impacts[id][filled[id]++] = Impact(counted, t, averages);
            }
        }

        var used = Enumerable.Range(0, termCount).Where(id => frequencies[id] > 0).ToArray();
        var entries = new ShardEntry[used.Length];
        Parallel.For(0, used.Length, i =>
        {
            var id = used[i];
            entries[i] = ShardEntry.Term(terms[id], docs[id], impacts[id], _options.HeadPostings);
            // Written: at 100,000 articles the lists are some hundred megabytes.
            docs[id] = null!;
            impacts[id] = null!;
        });

        var filters = new SortedDictionary<string, (string Label, List<int> Docs)>(StringComparer.Ordinal);
        for (var d = 0; d < count; d++)
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

        long total = 0;
        foreach (var entry in all) total += entry.Size;
        var cut = ShardCut.For(total, _options);
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

        var shards = new MadeShard[ranges.Count];
        Parallel.For(0, ranges.Count, s =>
        {
            var (first, end) = ranges[s];
            shards[s] = Shard(all.GetRange(first, end - first), folder);
        });

        var files = new List<OutputFile>();
        files.AddRange(shards.Select(s => s.File));
        files.AddRange(all.Where(e => e.RestName != null)
            .Select(e => new OutputFile(RestPath(folder, e.RestName!), WholeArray(e.Rest)) { Key = ContentKey })
            .DistinctBy(f => f.Path).OrderBy(f => f.Path, StringComparer.Ordinal));

        var fragmentNames = documents.Select(d => d.FragmentName).ToArray();
        if (!fragmentsWritten) files.AddRange(documents
            .Select(d => new OutputFile(folder + "f/" + d.FragmentName + ".json",
                d.Fragment ?? throw new InvalidOperationException("a document without its fragment's bytes needs fragmentsWritten")) { Key = d.Key })
            .DistinctBy(f => f.Path));
        var groups = new List<string>();
        for (var g = 0; g * GroupDocuments < count; g++)
        {
            var (hash, blocks) = BlockGroup(fragmentNames, g);
            groups.Add(hash);
            for (var i = 0; i < blocks.Count; i++) files.Add(new OutputFile(BlockPath(folder, hash, i), blocks[i]) { Key = ContentKey });
        }

        var records = shards.Select(s => s.Record).ToList();
        if (store != null)
        {
            var locations = store.PutPack([.. ranges.Select(r => all.GetRange(r.Start, r.End - r.Start))]);
            for (var s = 0; s < records.Count; s++) records[s] = records[s] with { Blob = locations[s] };
        }
        var manifest = Manifest(folder, count, records, groups);
        files.Add(manifest);

        var termEntries = all.Count(e => !e.IsFilter);
        var splitCount = all.Count(e => e.RestName != null);
        if (store != null)
        {
            var segments = new string[(count + SearchIndexStore.SegmentSize - 1) / SearchIndexStore.SegmentSize];
            Parallel.For(0, segments.Length, s => segments[s] = store.PutSegment(
                documents.Skip(s * SearchIndexStore.SegmentSize).Take(SearchIndexStore.SegmentSize).Select(Stored).ToList(), terms));
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
    {
        // Written with plain loops and classes: this runs once in a fresh process, where every
        // generic instantiation over a value type is code to compile first.
        var before = previous.Documents;
        var count = keys.Count;
        if (before == 0 || count == 0 || previous.Shards.Count == 0) return null;
        const int segmentSize = SearchIndexStore.SegmentSize;
        var changed = new HashSet<int>(changedIds);
        IndexedDocument New(int d) => documents.TryGetValue(d, out var document) ? document : throw new ArgumentException($"no document for changed id {d}", nameof(documents));

        // The changed documents' old terms and filters, from their segments.
        var oldSegments = new List<StoredDocument>?[previous.Segments.Count];
        foreach (var d in changedIds)
        {
            var s = d / segmentSize;
            if (s >= oldSegments.Length || oldSegments[s] != null) continue;
            var segment = store.GetSegment(previous.Segments[s], terms);
            if (segment.Count != Math.Min(segmentSize, before - s * segmentSize)) throw new InvalidDataException("a search cache segment does not hold the documents the state names");
            for (var i = 0; i < segment.Count; i++)
                if (segment[i].Key != previous.Keys[s * segmentSize + i]) throw new InvalidDataException("a search cache segment does not hold the documents the state names");
            oldSegments[s] = segment;
        }
        StoredDocument Old(int d) => oldSegments[d / segmentSize]![d % segmentSize];

        var sums = (long[])previous.LengthSums.Clone();
        foreach (var d in changedIds)
        {
            if (d < before) for (var f = 0; f < sums.Length; f++) sums[f] -= Old(d).Terms.Lengths[f];
            if (d < count) for (var f = 0; f < sums.Length; f++) sums[f] += New(d).Terms.Lengths[f];
        }
        var averages = AverageLengths(sums, count);
        var oldAverages = AverageLengths(previous.LengthSums, before);
        for (var f = 0; f < averages.Length; f++)
            if (averages[f] != oldAverages[f]) return null;

        // Every key a changed document had or has, with the postings the new documents add (ids ascending).
        var termAdds = new Dictionary<string, Additions>(StringComparer.Ordinal);
        var filterAdds = new Dictionary<string, Additions>(StringComparer.Ordinal);
        static Additions At(Dictionary<string, Additions> additions, string key)
        {
            if (!additions.TryGetValue(key, out var found)) additions[key] = found = new Additions();
            return found;
        }
        foreach (var d in changedIds)
        {
            if (d < before)
            {
                foreach (var id in Old(d).Terms.TermIds) At(termAdds, terms[id]);
                foreach (var key in Old(d).FilterKeys) At(filterAdds, key);
            }
            if (d >= count) continue;
            var counted = New(d).Terms;
            for (var t = 0; t < counted.TermIds.Length; t++)
            {
                var adds = At(termAdds, terms[counted.TermIds[t]]);
                adds.Docs.Add(d);
                adds.Impacts.Add(Impact(counted, t, averages));
            }
            foreach (var filter in New(d).Filters)
            {
                var adds = At(filterAdds, filter.Key);
                if (adds.Docs.Count > 0 && adds.Docs[^1] == d) continue;
                adds.Docs.Add(d);
                adds.Label ??= filter.Label;
            }
        }
        var changedKeys = new string[termAdds.Count + filterAdds.Count];
        termAdds.Keys.CopyTo(changedKeys, 0);
        filterAdds.Keys.CopyTo(changedKeys, termAdds.Count);
        Array.Sort(changedKeys, StringComparer.Ordinal);

        // Their old entries, from the blobs of the shards whose key ranges hold them.
        var oldShards = previous.Shards;
        string Low(int j) => j == 0 ? "" : oldShards[j].FirstKey;
        int ShardOf(string key)
        {
            int lo = 0, hi = oldShards.Count - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (string.CompareOrdinal(oldShards[mid].FirstKey, key) <= 0) lo = mid; else hi = mid - 1;
            }
            return lo;
        }
        var blobs = new List<ShardEntry>?[oldShards.Count];
        List<ShardEntry> Blob(int j) => blobs[j] ??= store.GetShard(oldShards[j].Blob);
        var holding = new List<int>();
        foreach (var key in changedKeys)
        {
            var shard = ShardOf(key);
            if (holding.Count == 0 || holding[^1] != shard) holding.Add(shard);
        }
        Parallel.For(0, holding.Count, i => blobs[holding[i]] = store.GetShard(oldShards[holding[i]].Blob));
        var olds = new ShardEntry?[changedKeys.Length];
        for (var k = 0; k < changedKeys.Length; k++)
        {
            var entries = Blob(ShardOf(changedKeys[k]));
            int lo = 0, hi = entries.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                var c = string.CompareOrdinal(entries[mid].Key, changedKeys[k]);
                if (c == 0)
                {
                    olds[k] = entries[mid];
                    break;
                }
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
        }

        // The changed entries made anew: the old postings of unchanged documents merged with the new documents'.
        var fresh = new ShardEntry?[changedKeys.Length];
        // Only new documents, after all the old ones (a new article): lists only grow at their ends.
        var appended = changedIds.Count > 0 && changedIds[0] >= before;
        Parallel.For(0, changedKeys.Length, k => fresh[k] = filterAdds.TryGetValue(changedKeys[k], out var filter)
            ? MergeFilter(changedKeys[k], olds[k], filter, changed)
            : (appended && olds[k] != null ? olds[k]!.Appended(termAdds[changedKeys[k]].Docs, termAdds[changedKeys[k]].Impacts, _options.HeadPostings) : null)
                ?? MergeTerm(changedKeys[k], olds[k], termAdds[changedKeys[k]], changedIds, _options.HeadPostings));

        var total = previous.TotalBytes;
        var termCount = previous.TermCount;
        var splitCount = previous.SplitCount;
        for (var k = 0; k < changedKeys.Length; k++)
        {
            if (olds[k] is { } old)
            {
                total -= old.Size;
                if (!old.IsFilter) termCount--;
                if (old.RestName != null) splitCount--;
            }
            if (fresh[k] is { } made)
            {
                total += made.Size;
                if (!made.IsFilter) termCount++;
                if (made.RestName != null) splitCount++;
            }
        }
        var cut = ShardCut.For(total, _options);
        if (cut.Target != ShardCut.For(previous.TotalBytes, _options).Target) return null;

        // The entries of old shard j's key range as they are now.
        List<ShardEntry> EntriesOf(int j)
        {
            var old = Blob(j);
            var k = LowerBound(changedKeys, Low(j));
            var end = j + 1 < oldShards.Count ? LowerBound(changedKeys, oldShards[j + 1].FirstKey) : changedKeys.Length;
            var entries = new List<ShardEntry>(old.Count + end - k);
            var o = 0;
            while (o < old.Count || k < end)
            {
                var c = o == old.Count ? 1 : k == end ? -1 : string.CompareOrdinal(old[o].Key, changedKeys[k]);
                if (c < 0) entries.Add(old[o++]);
                else
                {
                    if (c == 0) o++;
                    if (fresh[k] != null) entries.Add(fresh[k]!);
                    k++;
                }
            }
            return entries;
        }
        // A shard may stay as it was when nothing changed from its first key to the next shard's, both included.
        bool Dirty(int j)
        {
            var k = LowerBound(changedKeys, Low(j));
            return k < changedKeys.Length && (j + 1 == oldShards.Count || string.CompareOrdinal(changedKeys[k], oldShards[j + 1].FirstKey) <= 0);
        }

        // Walk the old shards: keep the clean ones, and from a dirty one cut the entries anew until
        // a cut falls where an old shard began (from there on the old cuts hold again).
        var layout = new List<Layout>();
        var j = 0;
        while (j < oldShards.Count)
        {
            if (!Dirty(j))
            {
                layout.Add(new Layout(oldShards[j++], null));
                continue;
            }
            var current = new List<ShardEntry>();
            long running = 0;
            var resume = oldShards.Count;
            for (var i = j; i < oldShards.Count && resume == oldShards.Count; i++)
            {
                foreach (var entry in EntriesOf(i))
                {
                    if (cut.Before(running, entry.Key, entry.Size))
                    {
                        layout.Add(new Layout(null, current));
                        current = [];
                        running = 0;
                        if (i > j && entry.Key == oldShards[i].FirstKey)
                        {
                            resume = i;
                            break;
                        }
                    }
                    current.Add(entry);
                    running += entry.Size;
                }
            }
            if (current.Count > 0) layout.Add(new Layout(null, current));
            j = resume;
        }

        Parallel.For(0, layout.Count, s =>
        {
            if (layout[s].Fresh is { } entries) layout[s].Made = Shard(entries, folder);
        });
        var files = new List<OutputFile>();
        var records = new ShardRecord[layout.Count];
        for (var s = 0; s < layout.Count; s++)
        {
            if (layout[s].Made is { } made)
            {
                records[s] = made.Record;
                files.Add(made.File);
                continue;
            }
            var record = records[s] = layout[s].Kept!;
            var path = ShardPath(folder, record.Name);
            files.Add(reusable?.Invoke(path, ContentKey) == true ? OutputFile.Keep(path, ContentKey)
                : new OutputFile(path, ShardJson(store.GetShard(record.Blob))) { Key = ContentKey });
        }

        // The new shards' blobs go into one new pack. When the packs the index would then use hold
        // more than two and a half times what it uses, the kept blobs go into that pack too (and
        // the old packs go): the store stays within a small factor of the index however many
        // builds change it, and the moves cost a build on average less than its own new blobs.
        var packed = new List<int>();
        var packedEntries = new List<IReadOnlyList<ShardEntry>>();
        long freshBytes = 0, live = 0, used = 0;
        var keptPacks = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < layout.Count; s++)
        {
            if (layout[s].Fresh is { } entries)
            {
                packed.Add(s);
                packedEntries.Add(entries);
                foreach (var entry in entries) freshBytes += entry.Key.Length + entry.Value.Length + entry.Rest.Length + 24;
            }
            else
            {
                live += records[s].Blob.Length;
                keptPacks.Add(records[s].Blob.Pack);
            }
        }
        foreach (var pack in keptPacks) used += store.PackSize(pack);
        if (used + freshBytes > 5 * (live + freshBytes) / 2 + (1 << 20))
        {
            for (var s = 0; s < layout.Count; s++)
            {
                if (layout[s].Fresh != null) continue;
                packed.Add(s);
                packedEntries.Add(store.GetShard(records[s].Blob));
            }
        }
        if (packed.Count > 0)
        {
            var locations = store.PutPack(packedEntries);
            for (var p = 0; p < packed.Count; p++) records[packed[p]] = records[packed[p]] with { Blob = locations[p] };
        }

        // Rests: the changed entries' are new; the others are kept or made again from their shard's blob.
        var rests = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        foreach (var made in fresh)
            if (made?.RestName != null) rests.TryAdd(made.RestName, new OutputFile(RestPath(folder, made.RestName), WholeArray(made.Rest)) { Key = ContentKey });
        foreach (var record in records)
        {
            foreach (var name in record.Rests)
            {
                if (rests.ContainsKey(name)) continue;
                var path = RestPath(folder, name);
                if (reusable?.Invoke(path, ContentKey) == true)
                {
                    rests[name] = OutputFile.Keep(path, ContentKey);
                    continue;
                }
                foreach (var entry in store.GetShard(record.Blob))
                    if (entry.RestName == name) rests[name] = new OutputFile(path, entry.Rest.ToArray()) { Key = ContentKey };
            }
        }
        var restNames = new string[rests.Count];
        rests.Keys.CopyTo(restNames, 0);
        Array.Sort(restNames, StringComparer.Ordinal);
        foreach (var name in restNames) files.Add(rests[name]);

        // Block groups: those holding a changed id are made anew, the others kept.
        var fragmentNames = new string[count];
        for (var d = 0; d < count; d++) fragmentNames[d] = changed.Contains(d) ? New(d).FragmentName : previous.FragmentNames[d];
        var dirtyGroups = new HashSet<int>();
        foreach (var d in changedIds) dirtyGroups.Add(d / GroupDocuments);
        var groups = new List<string>();
        for (var g = 0; g * GroupDocuments < count; g++)
        {
            if (!dirtyGroups.Contains(g) && g < previous.Groups.Count)
            {
                var hash = previous.Groups[g];
                var blockCount = (Math.Min(count, (g + 1) * GroupDocuments) - g * GroupDocuments + _options.BlockSize - 1) / _options.BlockSize;
                var all = true;
                for (var i = 0; i < blockCount && all; i++) all = reusable?.Invoke(BlockPath(folder, hash, i), ContentKey) == true;
                if (all)
                {
                    groups.Add(hash);
                    for (var i = 0; i < blockCount; i++) files.Add(OutputFile.Keep(BlockPath(folder, hash, i), ContentKey));
                    continue;
                }
            }
            var (made, blocks) = BlockGroup(fragmentNames, g);
            groups.Add(made);
            for (var i = 0; i < blocks.Count; i++) files.Add(new OutputFile(BlockPath(folder, made, i), blocks[i]) { Key = ContentKey });
        }

        var manifest = Manifest(folder, count, records, groups);
        files.Add(manifest);

        // The segments holding a changed id, written anew.
        var segments = new List<string>(previous.Segments);
        var segmentCount = (count + segmentSize - 1) / segmentSize;
        if (segments.Count > segmentCount) segments.RemoveRange(segmentCount, segments.Count - segmentCount);
        var rewritten = new HashSet<int>();
        foreach (var d in changedIds)
        {
            var s = d / segmentSize;
            if (s >= segmentCount || !rewritten.Add(s)) continue;
            var stored = new List<StoredDocument>(segmentSize);
            for (var i = s * segmentSize; i < Math.Min(count, (s + 1) * segmentSize); i++)
                stored.Add(changed.Contains(i) ? Stored(New(i) with { Key = keys[i] }) : Old(i));
            var name = store.PutSegment(stored, terms);
            if (s < segments.Count) segments[s] = name; else segments.Add(name);
        }
        store.Save(new SearchIndexState
        {
            Keys = [.. keys], FragmentNames = fragmentNames, LengthSums = sums, TotalBytes = total, TermCount = termCount, SplitCount = splitCount,
            Shards = records, Segments = segments, Groups = groups,
        });
        return new SearchIndex(manifest.Path, files, termCount, records.Length, splitCount);
    }

    /// <summary>The postings and filter memberships the changed documents add to one key (and a filter's label).</summary>
    private sealed class Additions
    {
        public List<int> Docs { get; } = [];
        public List<int> Impacts { get; } = [];
        public string? Label { get; set; }
    }

    /// <summary>One shard of the updated index: an old one kept, or entries cut anew (and then made).</summary>
    private sealed class Layout(ShardRecord? kept, List<ShardEntry>? fresh)
    {
        public ShardRecord? Kept { get; } = kept;
        public List<ShardEntry>? Fresh { get; } = fresh;
        public MadeShard? Made { get; set; }
    }

    /// <summary>A term's entry with the changed documents' postings taken out and the new ones merged in; null when none is left.</summary>
    private static ShardEntry? MergeTerm(string key, ShardEntry? old, Additions adds, IReadOnlyList<int> changedIds, int headSize)
    {
        // Rented: the lists of common words would be large objects, which bring on full collections.
        var oldCount = old?.Count ?? 0;
        var oldDocs = ArrayPool<int>.Shared.Rent(oldCount);
        var oldImpacts = ArrayPool<byte>.Shared.Rent(oldCount);
        old?.PostingsInto(oldDocs, oldImpacts);
        var docs = ArrayPool<int>.Shared.Rent(oldCount + adds.Docs.Count);
        var impacts = ArrayPool<byte>.Shared.Rent(oldCount + adds.Docs.Count);
        int length = 0, a = 0, c = 0;
        for (var i = 0; i <= oldCount; i++)
        {
            var next = i < oldCount ? oldDocs[i] : int.MaxValue;
            for (; a < adds.Docs.Count && adds.Docs[a] < next; a++)
            {
                docs[length] = adds.Docs[a];
                impacts[length++] = (byte)adds.Impacts[a];
            }
            // Both ascend: step through the changed ids alongside.
            while (c < changedIds.Count && changedIds[c] < next) c++;
            if (i == oldCount || (c < changedIds.Count && changedIds[c] == next)) continue;
            docs[length] = next;
            impacts[length++] = oldImpacts[i];
        }
        var entry = length == 0 ? null : ShardEntry.Term(key, docs.AsSpan(0, length), impacts.AsSpan(0, length), headSize);
        ArrayPool<int>.Shared.Return(oldDocs);
        ArrayPool<byte>.Shared.Return(oldImpacts);
        ArrayPool<int>.Shared.Return(docs);
        ArrayPool<byte>.Shared.Return(impacts);
        return entry;
    }

    /// <summary>A filter's entry with the changed documents taken out and the new ones merged in; null when none is left.</summary>
    private static ShardEntry? MergeFilter(string key, ShardEntry? old, Additions adds, HashSet<int> changed)
    {
        var kept = old == null ? [] : old.Documents();
        var merged = new List<int>(kept.Length + adds.Docs.Count);
        int i = 0, a = 0;
        while (i < kept.Length || a < adds.Docs.Count)
        {
            if (a == adds.Docs.Count || (i < kept.Length && kept[i] < adds.Docs[a]))
            {
                if (!changed.Contains(kept[i])) merged.Add(kept[i]);
                i++;
            }
            else merged.Add(adds.Docs[a++]);
        }
        if (merged.Count == 0) return null;
        // The label is its first document's, as a whole build takes it (every document of a filter
        // has the same label: it is its term's name, which the document's key holds).
        var label = adds.Docs.Count > 0 && merged[0] == adds.Docs[0] ? adds.Label! : old!.Label!;
        return ShardEntry.Filter(key, label, merged);
    }

    /// <summary>
    /// The average length of each field, rounded to six significant bits (a relative step of at most
    /// 1/32): BM25's length normalisation is coarse by nature (Lucene keeps document lengths in one
    /// byte), and rounded, the averages stay put as documents are added, so every other document's
    /// impacts do too. Only a rare change that carries an average across a step moves them all.
    /// </summary>
    internal static double[] AverageLengths(long[] sums, int documents)
    {
        var averages = new double[sums.Length];
        for (var f = 0; f < sums.Length; f++)
        {
            var average = documents == 0 ? 1 : Math.Max(1, (double)sums[f] / documents);
            const int dropped = 52 - 5;
            var bits = BitConverter.DoubleToInt64Bits(average);
            bits = (bits + (1L << (dropped - 1))) & ~((1L << dropped) - 1);
            averages[f] = BitConverter.Int64BitsToDouble(bits);
        }
        return averages;
    }

    /// <summary>
    /// The BM25F term-frequency part for one term in one document, scaled to a small integer:
    /// each field's count is weighted and normalised by the field's length against the average,
    /// then saturated (k1). The idf part depends only on how many documents hold the term, which
    /// the browser sees as the length of the posting list, so it is computed there.
    /// </summary>
    private byte Impact(DocumentTerms document, int entry, double[] averageLengths)
    {
        var fields = SearchField.All;
        double weighted = 0;
        for (var f = 0; f < fields.Count; f++)
        {
            var count = document.CountOf(entry, f);
            if (count == 0) continue;
            var b = fields[f].LengthNormalisation;
            weighted += fields[f].Weight * count / (1 - b + b * document.Lengths[f] / averageLengths[f]);
        }
        var saturated = weighted / (_options.K1 + weighted);
        return (byte)Math.Clamp((int)Math.Round(saturated * SearchIndexOptions.ImpactScale), 1, SearchIndexOptions.ImpactScale);
    }

    private static StoredDocument Stored(IndexedDocument document)
    {
        var keys = new List<string>(document.Filters.Count);
        foreach (var filter in document.Filters)
            if (!keys.Contains(filter.Key)) keys.Add(filter.Key);
        return new(document.Key ?? throw new InvalidOperationException("a document kept in the store needs its key"), document.Terms, [.. keys]);
    }

    /// <summary>The bytes as an array of their own: the array itself when they are all of one, else a copy.</summary>
    private static byte[] WholeArray(ReadOnlyMemory<byte> bytes)
        => System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array : bytes.ToArray();

    /// <summary>One shard's file (named by its bytes) and record (its blob's location is the caller's to fill in).</summary>
    private static MadeShard Shard(List<ShardEntry> entries, string folder)
    {
        var content = ShardJson(entries);
        var name = Hash(content);
        long size = 0;
        foreach (var entry in entries) size += entry.Size;
        var rests = new List<string>();
        foreach (var entry in entries)
            if (entry.RestName != null && !rests.Contains(entry.RestName)) rests.Add(entry.RestName);
        return new MadeShard(new ShardRecord(entries[0].Key, name, BlobLocation.Unplaced, size, [.. rests]), new OutputFile(ShardPath(folder, name), content) { Key = ContentKey });
    }

    private sealed record MadeShard(ShardRecord Record, OutputFile File);

    internal static byte[] ShardJson(IReadOnlyList<ShardEntry> entries)
    {
        // Sized up front: grown by doubling, shards were most of what an update allocates.
        var capacity = 2;
        foreach (var entry in entries) capacity += entry.Value.Length + 6 * entry.Key.Length + 4;
        var buffer = new ArrayBufferWriter<byte>(capacity);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            foreach (var entry in entries)
            {
                w.WritePropertyName(entry.Key);
                w.WriteRawValue(entry.Value.Span, skipInputValidation: true);
            }
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private OutputFile Manifest(string folder, int documents, IReadOnlyList<ShardRecord> shards, IReadOnlyList<string> groups)
    {
        var manifest = Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 2);
            w.WriteNumber("documents", documents);
            w.WriteNumber("blockSize", _options.BlockSize);
            w.WriteNumber("blockGroup", _options.BlockGroup);
            w.WriteNumber("impactScale", SearchIndexOptions.ImpactScale);
            w.WriteStartArray("stopWords");
            foreach (var word in DanishStopWords.All) w.WriteStringValue(word);
            w.WriteEndArray();
            w.WriteStartArray("shards");
            for (var s = 0; s < shards.Count; s++)
            {
                w.WriteStartArray();
                w.WriteStringValue(s == 0 ? "" : shards[s].FirstKey);
                w.WriteStringValue("t/" + shards[s].Name + ".json");
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteStartArray("blockGroups");
            foreach (var hash in groups) w.WriteStringValue(hash);
            w.WriteEndArray();
            w.WriteEndObject();
        });
        return new OutputFile(folder + "manifest." + Hash(manifest) + ".json", manifest);
    }

    private int GroupDocuments => _options.BlockSize * _options.BlockGroup;

    /// <summary>
    /// Block group <paramref name="group"/>: blocks of ids → fragment names (one small file per
    /// document holds what its result shows), so the browser fetches metadata only for the hits it
    /// draws. Its blocks are named by a hash of the group (BlockGroup blocks), and the manifest lists
    /// one name per group: it grows a sixteenth as fast as with a name per block. A changed article
    /// renames the blocks of its group, small files, and a new one those of the last group only.
    /// </summary>
    private (string Hash, List<byte[]> Blocks) BlockGroup(IReadOnlyList<string> fragmentNames, int group)
    {
        var blocks = new List<byte[]>();
        var end = Math.Min(fragmentNames.Count, (group + 1) * GroupDocuments);
        for (var start = group * GroupDocuments; start < end; start += _options.BlockSize)
        {
            var last = Math.Min(end, start + _options.BlockSize);
            blocks.Add(Json(w =>
            {
                w.WriteStartArray();
                for (var d = start; d < last; d++) w.WriteStringValue(fragmentNames[d]);
                w.WriteEndArray();
            }));
        }
        // The group's name: a hash of its blocks, each followed by a newline.
        var length = 0;
        foreach (var block in blocks) length += block.Length + 1;
        var all = new byte[length];
        var at = 0;
        foreach (var block in blocks)
        {
            block.CopyTo(all, at);
            all[at + block.Length] = (byte)'\n';
            at += block.Length + 1;
        }
        return (Hash(all), blocks);
    }

    private static string ShardPath(string folder, string name) => folder + "t/" + name + ".json";

    private static string RestPath(string folder, string name) => folder + "p/" + name + ".json";

    private static string BlockPath(string folder, string hash, int block) => $"{folder}d/{hash}-{block}.json";

    private static int LowerBound(string[] sorted, string key)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(sorted[mid], key) < 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>What a result shows of a document, as its fragment file holds it.</summary>
    public byte[] Fragment(SearchDocument doc) => Json(w =>
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

    internal static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }

    private static string Hash(byte[] content) => ContentHash.Of(content)[..16];

    /// <summary>The name of a file of the index that is named by its content (a fragment, a shard, a rest).</summary>
    public static string NameOf(byte[] content) => Hash(content);
}
