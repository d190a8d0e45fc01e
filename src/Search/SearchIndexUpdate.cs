using StaticNews.Output;
using StaticNews.Search.Analysis;
using StaticNews.Search.Incremental;
using StaticNews.Search.IndexFormat;

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
    private readonly SearchIndexOptions _options;
    private readonly BlockGroups _blockGroups;
    private readonly SearchIndexStore _store;
    private readonly SearchIndexState _previous;
    private readonly IReadOnlyList<string> _keys;
    private readonly ChangedDocuments _documents;
    private readonly TermTable _terms;
    private readonly string _folder;
    private readonly Func<string, string, bool>? _reusable;
    private readonly OldShards _oldShards;

    // What CountEntries finds.
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
        _terms = terms;
        _folder = folder;
        _reusable = reusable;
        _oldShards = new OldShards(previous.Shards, store);
        _documents = new ChangedDocuments(store, previous, keys, changedIds, documents, terms);
    }

    /// <summary>The changed index (see <see cref="SearchIndexBuilder.Update"/>), or null when the whole index is to be built.</summary>
    public SearchIndex? Run()
    {
        if (_documents.Before == 0 || _documents.After == 0 || _oldShards.Count == 0) return null;
        _documents.ReadOld();
        var sums = _documents.LengthSums();
        var averages = TermImpact.AverageLengths(sums, _documents.After);
        if (!SameAverages(averages)) return null;
        var changed = new ChangedKeys(_documents, _terms, averages, _options.K1);
        changed.ReadOld(_oldShards);
        changed.Make(_documents, _options.HeadPostings);
        CountEntries(changed);
        var cut = ShardCut.For(_total, _options);
        if (cut.Target != ShardCut.For(_previous.TotalBytes, _options).Target) return null;

        var layout = new ShardRecut(_oldShards, changed.Keys, changed.Fresh).Layout(cut);
        var files = new List<OutputFile>();
        var records = MakeShards(layout, files);
        Repack(layout, records);
        AddRests(changed.Fresh, records, files);
        var fragmentNames = _documents.FragmentNames();
        var groups = AddBlockGroups(fragmentNames, files);
        var manifest = SearchManifest.Make(_folder, _documents.After, records, groups, _options);
        files.Add(manifest);
        var segments = _documents.WriteSegments();
        _store.Save(new SearchIndexState
        {
            Keys = [.. _keys], FragmentNames = fragmentNames, LengthSums = sums, TotalBytes = _total, TermCount = _termCount, SplitCount = _splitCount,
            Shards = records, Segments = segments, Groups = groups,
        });
        return new SearchIndex(manifest.Path, files, _termCount, records.Length, _splitCount);
    }

    /// <summary>True when the rounded average lengths are those of the last build, so every other document's impacts are too.</summary>
    private bool SameAverages(double[] averages)
    {
        var oldAverages = TermImpact.AverageLengths(_previous.LengthSums, _documents.Before);
        for (var f = 0; f < averages.Length; f++)
            if (averages[f] != oldAverages[f]) return false;
        return true;
    }

    /// <summary>The index's size as the cut counts it, its terms and its split lists, with the old entries swapped for the new.</summary>
    private void CountEntries(ChangedKeys changed)
    {
        _total = _previous.TotalBytes;
        _termCount = _previous.TermCount;
        _splitCount = _previous.SplitCount;
        for (var k = 0; k < changed.Keys.Length; k++)
        {
            if (changed.Olds[k] is { } old)
            {
                _total -= old.Size;
                if (!old.IsFilter) _termCount--;
                if (old.IsSplit) _splitCount--;
            }
            if (changed.Fresh[k] is { } made)
            {
                _total += made.Size;
                if (!made.IsFilter) _termCount++;
                if (made.IsSplit) _splitCount++;
            }
        }
    }

    /// <summary>The shards' records, in order, and their files: the new ones made, the others kept or made again from their blobs.</summary>
    private ShardRecord[] MakeShards(List<ShardLayout> layout, List<OutputFile> files)
    {
        Parallel.For(0, layout.Count, s =>
        {
            if (layout[s].Fresh is { } entries) layout[s].Written = ShardFile.Make(entries, _folder);
        });
        var records = new ShardRecord[layout.Count];
        for (var s = 0; s < layout.Count; s++)
        {
            if (layout[s].Written is { } made)
            {
                records[s] = made.Record;
                files.Add(made.File);
                continue;
            }
            var record = records[s] = layout[s].Kept!;
            var path = SearchIndexFiles.Shard(_folder, record.Name);
            files.Add(_reusable?.Invoke(path, SearchIndexFiles.ContentKey) == true ? OutputFile.Keep(path, SearchIndexFiles.ContentKey)
                : SearchIndexFiles.ShardOf(_folder, record.Name, ShardFile.Json(_store.GetShard(record.Blob))));
        }
        return records;
    }

    /// <summary>
    /// The new shards' blobs go into one new pack. When the packs the index would then use hold
    /// more than two and a half times what it uses, the kept blobs go into that pack too (and
    /// the old packs go): the store stays within a small factor of the index however many
    /// builds change it, and the moves cost a build on average less than its own new blobs.
    /// </summary>
    private void Repack(List<ShardLayout> layout, ShardRecord[] records)
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
                foreach (var entry in entries) freshBytes += entry.Key.Length + entry.Value.Length + entry.RestLength + 24;
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

    /// <summary>
    /// Rests, part by part: a part output/ holds already (by its name, which its bytes make) is
    /// kept, whichever entry it is of; a changed entry's other parts are compressed on every core,
    /// and an unchanged entry's are made again from its shard's blob.
    /// </summary>
    private void AddRests(ShardEntry?[] fresh, ShardRecord[] records, List<OutputFile> files)
    {
        var rests = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        // The first part of each name gives its file, as one loop would. Entries and positions in
        // two lists, not pairs: a list of a struct is generic code in no precompiled image.
        var madeOf = new List<ShardEntry>();
        var madeAt = new List<int>();
        foreach (var entry in fresh)
        {
            if (entry?.RestNames is not { } names) continue;
            for (var p = 0; p < names.Length; p++)
            {
                if (rests.ContainsKey(names[p])) continue;
                var kept = Kept(names[p]);
                rests[names[p]] = kept!;
                if (kept != null) continue;
                madeOf.Add(entry);
                madeAt.Add(p);
            }
        }
        var compressed = new OutputFile[madeOf.Count];
        Parallel.For(0, madeOf.Count, i => compressed[i] = SearchIndexFiles.RestOf(_folder, madeOf[i].RestNames![madeAt[i]], madeOf[i].RestParts[madeAt[i]]));
        for (var i = 0; i < madeOf.Count; i++) rests[madeOf[i].RestNames![madeAt[i]]] = compressed[i];
        foreach (var record in records)
        {
            foreach (var name in record.Rests)
            {
                if (rests.ContainsKey(name)) continue;
                if (Kept(name) is { } kept)
                {
                    rests[name] = kept;
                    continue;
                }
                foreach (var entry in _store.GetShard(record.Blob))
                    for (var p = 0; p < (entry.RestNames?.Length ?? 0); p++)
                        if (entry.RestNames![p] == name) rests[name] = SearchIndexFiles.RestOf(_folder, name, entry.RestParts[p]);
            }
        }
        var restNames = new string[rests.Count];
        rests.Keys.CopyTo(restNames, 0);
        Array.Sort(restNames, StringComparer.Ordinal);
        foreach (var name in restNames) files.Add(rests[name]);
    }

    /// <summary>output/'s file of the rest's part <paramref name="name"/>, kept, when output/ holds it; else null.</summary>
    private OutputFile? Kept(string name)
    {
        var path = SearchIndexFiles.Rest(_folder, name);
        return _reusable?.Invoke(path, SearchIndexFiles.ContentKey) == true ? OutputFile.Keep(path, SearchIndexFiles.ContentKey) : null;
    }

    /// <summary>Block groups: those holding a changed id are made anew, the others kept.</summary>
    private List<string> AddBlockGroups(string[] fragmentNames, List<OutputFile> files)
    {
        var groupDocuments = _blockGroups.Documents;
        var dirtyGroups = new HashSet<int>();
        foreach (var d in _documents.Ids) dirtyGroups.Add(d / groupDocuments);
        var groups = new List<string>();
        for (var g = 0; g * groupDocuments < _documents.After; g++)
        {
            if (!dirtyGroups.Contains(g) && g < _previous.Groups.Count)
            {
                var hash = _previous.Groups[g];
                var blockCount = _blockGroups.BlockCount(_documents.After, g);
                var all = true;
                for (var i = 0; i < blockCount && all; i++) all = _reusable?.Invoke(SearchIndexFiles.Block(_folder, hash, i), SearchIndexFiles.ContentKey) == true;
                if (all)
                {
                    groups.Add(hash);
                    for (var i = 0; i < blockCount; i++) files.Add(OutputFile.Keep(SearchIndexFiles.Block(_folder, hash, i), SearchIndexFiles.ContentKey));
                    continue;
                }
            }
            groups.Add(_blockGroups.Make(fragmentNames, g, _folder, files));
        }
        return groups;
    }
}
