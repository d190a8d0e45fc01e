using StaticNews.Output;

namespace StaticNews.Search;

/// <summary>
/// One change of an index in place (see <see cref="SearchIndexBuilder.Update"/>), step by step:
/// read the changed documents' old terms from their segments; check that the rounded average
/// lengths stay put; gather every key the changed documents had or have, with what they add now;
/// read those keys' old entries from the shards holding them; make the changed entries anew; check
/// that the shard target stays put; cut the shards around the changed entries anew; then keep or
/// make again every other file, and name anew the block groups that hold a changed id.
/// Written with plain loops and classes: this runs once in a fresh process, where every
/// generic instantiation over a value type is code to compile first.
/// </summary>
internal sealed class SearchIndexUpdate
{
    private const int SegmentSize = SearchIndexStore.SegmentSize;

    private readonly SearchIndexOptions _options;
    private readonly BlockGroups _blockGroups;
    private readonly SearchIndexStore _store;
    private readonly SearchIndexState _previous;
    private readonly IReadOnlyList<string> _keys;
    private readonly IReadOnlyList<int> _changedIds;
    private readonly HashSet<int> _changed;
    private readonly IReadOnlyDictionary<int, IndexedDocument> _documents;
    private readonly TermTable _terms;
    private readonly string _folder;
    private readonly Func<string, string, bool>? _reusable;
    private readonly OldShards _oldShards;

    /// <summary>How many documents the index had, and has.</summary>
    private readonly int _before, _count;

    // What the steps find, in the order they find it.
    private readonly List<StoredDocument>?[] _oldSegments;
    private readonly Dictionary<string, KeyAdditions> _termAdds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KeyAdditions> _filterAdds = new(StringComparer.Ordinal);
    private string[] _changedKeys = [];
    private ShardEntry?[] _olds = [];
    private ShardEntry?[] _fresh = [];
    private long _total;
    private int _termCount, _splitCount;

    public SearchIndexUpdate(SearchIndexOptions options, SearchIndexStore store, SearchIndexState previous, IReadOnlyList<string> keys,
        IReadOnlyList<int> changedIds, IReadOnlyDictionary<int, IndexedDocument> documents, TermTable terms, string folder, Func<string, string, bool>? reusable)
    {
        _options = options;
        _blockGroups = new BlockGroups(options);
        _store = store;
        _previous = previous;
        _keys = keys;
        _changedIds = changedIds;
        _documents = documents;
        _terms = terms;
        _folder = folder;
        _reusable = reusable;
        _before = previous.Documents;
        _count = keys.Count;
        _oldShards = new OldShards(previous.Shards, store);
        _changed = new HashSet<int>(changedIds);
        _oldSegments = new List<StoredDocument>?[previous.Segments.Count];
    }

    /// <summary>The changed index (see <see cref="SearchIndexBuilder.Update"/>), or null when the whole index is to be built.</summary>
    public SearchIndex? Run()
    {
        if (_before == 0 || _count == 0 || _oldShards.Count == 0) return null;
        ReadOldDocuments();
        var sums = LengthSums();
        var averages = TermImpact.AverageLengths(sums, _count);
        if (!SameAverages(averages)) return null;
        GatherChangedKeys(averages);
        ReadOldEntries();
        MakeChangedEntries();
        CountEntries();
        var cut = ShardCut.For(_total, _options);
        if (cut.Target != ShardCut.For(_previous.TotalBytes, _options).Target) return null;

        var layout = Recut(cut);
        var files = new List<OutputFile>();
        var records = MakeShards(layout, files);
        Repack(layout, records);
        AddRests(records, files);
        var fragmentNames = FragmentNames();
        var groups = AddBlockGroups(fragmentNames, files);
        var manifest = SearchManifest.Make(_folder, _count, records, groups, _options);
        files.Add(manifest);
        var segments = WriteSegments();
        _store.Save(new SearchIndexState
        {
            Keys = [.. _keys], FragmentNames = fragmentNames, LengthSums = sums, TotalBytes = _total, TermCount = _termCount, SplitCount = _splitCount,
            Shards = records, Segments = segments, Groups = groups,
        });
        return new SearchIndex(manifest.Path, files, _termCount, records.Length, _splitCount);
    }

    private IndexedDocument New(int d) => _documents.TryGetValue(d, out var document) ? document : throw new ArgumentException($"no document for changed id {d}", "documents");

    private StoredDocument Old(int d) => _oldSegments[d / SegmentSize]![d % SegmentSize];

    /// <summary>The changed documents' old terms and filters, from their segments.</summary>
    private void ReadOldDocuments()
    {
        foreach (var d in _changedIds)
        {
            var s = d / SegmentSize;
            if (s >= _oldSegments.Length || _oldSegments[s] != null) continue;
            var segment = _store.GetSegment(_previous.Segments[s], _terms);
            if (segment.Count != Math.Min(SegmentSize, _before - s * SegmentSize)) throw new InvalidDataException("a search cache segment does not hold the documents the state names");
            for (var i = 0; i < segment.Count; i++)
                if (segment[i].Key != _previous.Keys[s * SegmentSize + i]) throw new InvalidDataException("a search cache segment does not hold the documents the state names");
            _oldSegments[s] = segment;
        }
    }

    /// <summary>The field length sums with the changed documents' old lengths taken out and their new ones added.</summary>
    private long[] LengthSums()
    {
        var sums = (long[])_previous.LengthSums.Clone();
        foreach (var d in _changedIds)
        {
            if (d < _before) for (var f = 0; f < sums.Length; f++) sums[f] -= Old(d).Terms.Lengths[f];
            if (d < _count) for (var f = 0; f < sums.Length; f++) sums[f] += New(d).Terms.Lengths[f];
        }
        return sums;
    }

    /// <summary>True when the rounded average lengths are those of the last build, so every other document's impacts are too.</summary>
    private bool SameAverages(double[] averages)
    {
        var oldAverages = TermImpact.AverageLengths(_previous.LengthSums, _before);
        for (var f = 0; f < averages.Length; f++)
            if (averages[f] != oldAverages[f]) return false;
        return true;
    }

    /// <summary>Every key a changed document had or has, with the postings the new documents add (ids ascending).</summary>
    private void GatherChangedKeys(double[] averages)
    {
        foreach (var d in _changedIds)
        {
            if (d < _before)
            {
                foreach (var id in Old(d).Terms.TermIds) At(_termAdds, _terms[id]);
                foreach (var key in Old(d).FilterKeys) At(_filterAdds, key);
            }
            if (d >= _count) continue;
            var counted = New(d).Terms;
            for (var t = 0; t < counted.TermIds.Length; t++)
            {
                var adds = At(_termAdds, _terms[counted.TermIds[t]]);
                adds.Docs.Add(d);
                adds.Impacts.Add(TermImpact.Of(counted, t, averages, _options.K1));
            }
            foreach (var filter in New(d).Filters)
            {
                var adds = At(_filterAdds, filter.Key);
                if (adds.Docs.Count > 0 && adds.Docs[^1] == d) continue;
                adds.Docs.Add(d);
                adds.Label ??= filter.Label;
            }
        }
        _changedKeys = new string[_termAdds.Count + _filterAdds.Count];
        _termAdds.Keys.CopyTo(_changedKeys, 0);
        _filterAdds.Keys.CopyTo(_changedKeys, _termAdds.Count);
        Array.Sort(_changedKeys, StringComparer.Ordinal);
    }

    private static KeyAdditions At(Dictionary<string, KeyAdditions> additions, string key)
    {
        if (!additions.TryGetValue(key, out var found)) additions[key] = found = new KeyAdditions();
        return found;
    }

    /// <summary>The changed keys' old entries, from the blobs of the shards whose key ranges hold them.</summary>
    private void ReadOldEntries()
    {
        var holding = new List<int>();
        foreach (var key in _changedKeys)
        {
            var shard = _oldShards.Holding(key);
            if (holding.Count == 0 || holding[^1] != shard) holding.Add(shard);
        }
        _oldShards.Read(holding);
        _olds = new ShardEntry?[_changedKeys.Length];
        for (var k = 0; k < _changedKeys.Length; k++) _olds[k] = _oldShards.Find(_changedKeys[k]);
    }

    /// <summary>The changed entries made anew: the old postings of unchanged documents merged with the new documents'.</summary>
    private void MakeChangedEntries()
    {
        _fresh = new ShardEntry?[_changedKeys.Length];
        // Only new documents, after all the old ones (a new article): lists only grow at their ends.
        var appended = _changedIds.Count > 0 && _changedIds[0] >= _before;
        Parallel.For(0, _changedKeys.Length, k => _fresh[k] = _filterAdds.TryGetValue(_changedKeys[k], out var filter)
            ? ChangedEntry.Filter(_changedKeys[k], _olds[k], filter, _changed)
            : (appended && _olds[k] != null ? _olds[k]!.Appended(_termAdds[_changedKeys[k]].Docs, _termAdds[_changedKeys[k]].Impacts, _options.HeadPostings) : null)
                ?? ChangedEntry.Term(_changedKeys[k], _olds[k], _termAdds[_changedKeys[k]], _changedIds, _options.HeadPostings));
    }

    /// <summary>The index's size as the cut counts it, its terms and its split lists, with the old entries swapped for the new.</summary>
    private void CountEntries()
    {
        _total = _previous.TotalBytes;
        _termCount = _previous.TermCount;
        _splitCount = _previous.SplitCount;
        for (var k = 0; k < _changedKeys.Length; k++)
        {
            if (_olds[k] is { } old)
            {
                _total -= old.Size;
                if (!old.IsFilter) _termCount--;
                if (old.RestName != null) _splitCount--;
            }
            if (_fresh[k] is { } made)
            {
                _total += made.Size;
                if (!made.IsFilter) _termCount++;
                if (made.RestName != null) _splitCount++;
            }
        }
    }

    /// <summary>
    /// Walk the old shards: keep the clean ones, and from a dirty one cut the entries anew until
    /// a cut falls where an old shard began (from there on the old cuts hold again).
    /// </summary>
    private List<Layout> Recut(ShardCut cut)
    {
        var layout = new List<Layout>();
        var j = 0;
        while (j < _oldShards.Count)
        {
            if (!Dirty(j))
            {
                layout.Add(new Layout(_oldShards[j++], null));
                continue;
            }
            var current = new List<ShardEntry>();
            long running = 0;
            var resume = _oldShards.Count;
            for (var i = j; i < _oldShards.Count && resume == _oldShards.Count; i++)
            {
                foreach (var entry in EntriesOf(i))
                {
                    if (cut.Before(running, entry.Key, entry.Size))
                    {
                        layout.Add(new Layout(null, current));
                        current = [];
                        running = 0;
                        if (i > j && entry.Key == _oldShards[i].FirstKey)
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
        return layout;
    }

    /// <summary>A shard may stay as it was when nothing changed from its first key to the next shard's, both included.</summary>
    private bool Dirty(int j)
    {
        var k = LowerBound(_changedKeys, _oldShards.Low(j));
        return k < _changedKeys.Length && (j + 1 == _oldShards.Count || string.CompareOrdinal(_changedKeys[k], _oldShards[j + 1].FirstKey) <= 0);
    }

    /// <summary>The entries of old shard <paramref name="j"/>'s key range as they are now.</summary>
    private List<ShardEntry> EntriesOf(int j)
    {
        var old = _oldShards.Entries(j);
        var k = LowerBound(_changedKeys, _oldShards.Low(j));
        var end = j + 1 < _oldShards.Count ? LowerBound(_changedKeys, _oldShards[j + 1].FirstKey) : _changedKeys.Length;
        var entries = new List<ShardEntry>(old.Count + end - k);
        var o = 0;
        while (o < old.Count || k < end)
        {
            var c = o == old.Count ? 1 : k == end ? -1 : string.CompareOrdinal(old[o].Key, _changedKeys[k]);
            if (c < 0) entries.Add(old[o++]);
            else
            {
                if (c == 0) o++;
                if (_fresh[k] != null) entries.Add(_fresh[k]!);
                k++;
            }
        }
        return entries;
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

    /// <summary>The shards' records, in order, and their files: the new ones made, the others kept or made again from their blobs.</summary>
    private ShardRecord[] MakeShards(List<Layout> layout, List<OutputFile> files)
    {
        Parallel.For(0, layout.Count, s =>
        {
            if (layout[s].Fresh is { } entries) layout[s].Made = ShardFile.Make(entries, _folder);
        });
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
            var path = SearchIndexFiles.Shard(_folder, record.Name);
            files.Add(_reusable?.Invoke(path, SearchIndexBuilder.ContentKey) == true ? OutputFile.Keep(path, SearchIndexBuilder.ContentKey)
                : new OutputFile(path, ShardFile.Json(_store.GetShard(record.Blob))) { Key = SearchIndexBuilder.ContentKey });
        }
        return records;
    }

    /// <summary>
    /// The new shards' blobs go into one new pack. When the packs the index would then use hold
    /// more than two and a half times what it uses, the kept blobs go into that pack too (and
    /// the old packs go): the store stays within a small factor of the index however many
    /// builds change it, and the moves cost a build on average less than its own new blobs.
    /// </summary>
    private void Repack(List<Layout> layout, ShardRecord[] records)
    {
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
        foreach (var pack in keptPacks) used += _store.PackSize(pack);
        if (used + freshBytes > 5 * (live + freshBytes) / 2 + (1 << 20))
        {
            for (var s = 0; s < layout.Count; s++)
            {
                if (layout[s].Fresh != null) continue;
                packed.Add(s);
                packedEntries.Add(_store.GetShard(records[s].Blob));
            }
        }
        if (packed.Count > 0)
        {
            var locations = _store.PutPack(packedEntries);
            for (var p = 0; p < packed.Count; p++) records[packed[p]] = records[packed[p]] with { Blob = locations[p] };
        }
    }

    /// <summary>Rests: the changed entries' are new; the others are kept or made again from their shard's blob.</summary>
    private void AddRests(ShardRecord[] records, List<OutputFile> files)
    {
        var rests = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        foreach (var made in _fresh)
            if (made?.RestName != null) rests.TryAdd(made.RestName, SearchIndexFiles.RestOf(_folder, made));
        foreach (var record in records)
        {
            foreach (var name in record.Rests)
            {
                if (rests.ContainsKey(name)) continue;
                var path = SearchIndexFiles.Rest(_folder, name);
                if (_reusable?.Invoke(path, SearchIndexBuilder.ContentKey) == true)
                {
                    rests[name] = OutputFile.Keep(path, SearchIndexBuilder.ContentKey);
                    continue;
                }
                foreach (var entry in _store.GetShard(record.Blob))
                    if (entry.RestName == name) rests[name] = new OutputFile(path, entry.Rest.ToArray()) { Key = SearchIndexBuilder.ContentKey };
            }
        }
        var restNames = new string[rests.Count];
        rests.Keys.CopyTo(restNames, 0);
        Array.Sort(restNames, StringComparer.Ordinal);
        foreach (var name in restNames) files.Add(rests[name]);
    }

    /// <summary>Each document's fragment name by id: the changed documents' new ones, the others' as they were.</summary>
    private string[] FragmentNames()
    {
        var fragmentNames = new string[_count];
        for (var d = 0; d < _count; d++) fragmentNames[d] = _changed.Contains(d) ? New(d).FragmentName : _previous.FragmentNames[d];
        return fragmentNames;
    }

    /// <summary>Block groups: those holding a changed id are made anew, the others kept.</summary>
    private List<string> AddBlockGroups(string[] fragmentNames, List<OutputFile> files)
    {
        var groupDocuments = _blockGroups.Documents;
        var dirtyGroups = new HashSet<int>();
        foreach (var d in _changedIds) dirtyGroups.Add(d / groupDocuments);
        var groups = new List<string>();
        for (var g = 0; g * groupDocuments < _count; g++)
        {
            if (!dirtyGroups.Contains(g) && g < _previous.Groups.Count)
            {
                var hash = _previous.Groups[g];
                var blockCount = _blockGroups.BlockCount(_count, g);
                var all = true;
                for (var i = 0; i < blockCount && all; i++) all = _reusable?.Invoke(SearchIndexFiles.Block(_folder, hash, i), SearchIndexBuilder.ContentKey) == true;
                if (all)
                {
                    groups.Add(hash);
                    for (var i = 0; i < blockCount; i++) files.Add(OutputFile.Keep(SearchIndexFiles.Block(_folder, hash, i), SearchIndexBuilder.ContentKey));
                    continue;
                }
            }
            groups.Add(_blockGroups.Make(fragmentNames, g, _folder, files));
        }
        return groups;
    }

    /// <summary>The segments holding a changed id, written anew.</summary>
    private List<string> WriteSegments()
    {
        var segments = new List<string>(_previous.Segments);
        var segmentCount = (_count + SegmentSize - 1) / SegmentSize;
        if (segments.Count > segmentCount) segments.RemoveRange(segmentCount, segments.Count - segmentCount);
        var rewritten = new HashSet<int>();
        foreach (var d in _changedIds)
        {
            var s = d / SegmentSize;
            if (s >= segmentCount || !rewritten.Add(s)) continue;
            var stored = new List<StoredDocument>(SegmentSize);
            for (var i = s * SegmentSize; i < Math.Min(_count, (s + 1) * SegmentSize); i++)
                stored.Add(_changed.Contains(i) ? StoredDocument.Of(New(i) with { Key = _keys[i] }) : Old(i));
            var name = _store.PutSegment(stored, _terms);
            if (s < segments.Count) segments[s] = name; else segments.Add(name);
        }
        return segments;
    }

    /// <summary>One shard of the updated index: an old one kept, or entries cut anew (and then made).</summary>
    private sealed class Layout(ShardRecord? kept, List<ShardEntry>? fresh)
    {
        public ShardRecord? Kept { get; } = kept;
        public List<ShardEntry>? Fresh { get; } = fresh;
        public MadeShard? Made { get; set; }
    }
}
