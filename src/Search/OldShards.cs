namespace StaticNews.Search;

/// <summary>
/// The term shards of the index as the last build left them: their key ranges, and their entries
/// as the store keeps them, each shard's read from its blob once, when first needed.
/// </summary>
internal sealed class OldShards(IReadOnlyList<ShardRecord> records, SearchIndexStore store)
{
    private readonly List<ShardEntry>?[] _entries = new List<ShardEntry>?[records.Count];

    public int Count => records.Count;

    public ShardRecord this[int j] => records[j];

    /// <summary>The first key of shard <paramref name="j"/>'s range ("" for the first: the manifest's).</summary>
    public string Low(int j) => j == 0 ? "" : records[j].FirstKey;

    /// <summary>The shard whose key range holds <paramref name="key"/>.</summary>
    public int Holding(string key)
    {
        int lo = 0, hi = records.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (string.CompareOrdinal(records[mid].FirstKey, key) <= 0) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>Shard <paramref name="j"/>'s entries, sorted by key.</summary>
    public List<ShardEntry> Entries(int j) => _entries[j] ??= store.GetShard(records[j].Blob);

    /// <summary>Reads the entries of the shards <paramref name="shards"/> names, in parallel.</summary>
    public void Read(List<int> shards) => Parallel.For(0, shards.Count, i => _entries[shards[i]] = store.GetShard(records[shards[i]].Blob));

    /// <summary>The entry of <paramref name="key"/>; null when the index had none.</summary>
    public ShardEntry? Find(string key)
    {
        var entries = Entries(Holding(key));
        int lo = 0, hi = entries.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var c = string.CompareOrdinal(entries[mid].Key, key);
            if (c == 0) return entries[mid];
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }
}
