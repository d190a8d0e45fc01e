using System.Buffers;
using StaticNews.Output;

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
    /// <summary>Content-addressed files (named by a hash of their bytes) are kept from the last build under this key.</summary>
    public const string ContentKey = "search-content";

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
        var shards = new MadeShard[ranges.Count];
        Parallel.For(0, ranges.Count, s =>
        {
            var (first, end) = ranges[s];
            shards[s] = ShardFile.Make(all.GetRange(first, end - first), folder);
        });

        var files = new List<OutputFile>();
        files.AddRange(shards.Select(s => s.File));
        files.AddRange(all.Where(e => e.RestName != null)
            .Select(e => SearchIndexFiles.RestOf(folder, e))
            .DistinctBy(f => f.Path).OrderBy(f => f.Path, StringComparer.Ordinal));

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
        var splitCount = all.Count(e => e.RestName != null);
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
        var averages = TermImpact.AverageLengths(sums, count);
        var oldAverages = TermImpact.AverageLengths(previous.LengthSums, before);
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
                adds.Impacts.Add(TermImpact.Of(counted, t, averages, _options.K1));
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
            if (layout[s].Fresh is { } entries) layout[s].Made = ShardFile.Make(entries, folder);
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
            var path = SearchIndexFiles.Shard(folder, record.Name);
            files.Add(reusable?.Invoke(path, ContentKey) == true ? OutputFile.Keep(path, ContentKey)
                : new OutputFile(path, ShardFile.Json(store.GetShard(record.Blob))) { Key = ContentKey });
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
            if (made?.RestName != null) rests.TryAdd(made.RestName, SearchIndexFiles.RestOf(folder, made));
        foreach (var record in records)
        {
            foreach (var name in record.Rests)
            {
                if (rests.ContainsKey(name)) continue;
                var path = SearchIndexFiles.Rest(folder, name);
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
        var blockGroups = new BlockGroups(_options);
        var dirtyGroups = new HashSet<int>();
        foreach (var d in changedIds) dirtyGroups.Add(d / blockGroups.Documents);
        var groups = new List<string>();
        for (var g = 0; g * blockGroups.Documents < count; g++)
        {
            if (!dirtyGroups.Contains(g) && g < previous.Groups.Count)
            {
                var hash = previous.Groups[g];
                var blockCount = blockGroups.BlockCount(count, g);
                var all = true;
                for (var i = 0; i < blockCount && all; i++) all = reusable?.Invoke(SearchIndexFiles.Block(folder, hash, i), ContentKey) == true;
                if (all)
                {
                    groups.Add(hash);
                    for (var i = 0; i < blockCount; i++) files.Add(OutputFile.Keep(SearchIndexFiles.Block(folder, hash, i), ContentKey));
                    continue;
                }
            }
            groups.Add(blockGroups.Make(fragmentNames, g, folder, files));
        }

        var manifest = SearchManifest.Make(folder, count, records, groups, _options);
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
                stored.Add(changed.Contains(i) ? StoredDocument.Of(New(i) with { Key = keys[i] }) : Old(i));
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

    /// <summary>What a result shows of a document, as its fragment file holds it.</summary>
    public byte[] Fragment(SearchDocument doc) => SearchJson.Bytes(w =>
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
        for (var d = 0; d < documents.Count; d++)
        {
            var counted = documents[d].Terms;
            for (var t = 0; t < counted.TermIds.Length; t++)
            {
                var id = counted.TermIds[t];
                docs[id][filled[id]] = d;
                impacts[id][filled[id]++] = TermImpact.Of(counted, t, averages, _options.K1);
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
        return entries;
    }

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
}
