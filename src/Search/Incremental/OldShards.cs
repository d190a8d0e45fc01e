using System.Runtime.InteropServices;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Search.Incremental;

/// <summary>
/// The term shards of the index as the last build left them: their key ranges, and their entries
/// as the store keeps them, each shard's read from its blob once, when first needed.
/// </summary>
internal sealed class OldShards(IReadOnlyList<ShardRecord> records, SearchIndexStore store)
{
    private readonly List<ShardEntry>?[] _entries = new List<ShardEntry>?[records.Count];

    // Strictly ascending: a shard is never empty and a key is in one shard only (the keys of the
    // index are unique: a term never starts with '~', a filter key always does).
    private readonly string[] _firstKeys = FirstKeys(records);

    public int Count => records.Count;

    public ShardRecord this[int j] => records[j];

    /// <summary>The first key of shard <paramref name="j"/>'s range ("" for the first: the manifest's).</summary>
    public string Low(int j) => j == 0 ? "" : records[j].FirstKey;

    /// <summary>The shard whose key range holds <paramref name="key"/>: the last whose first key is not after it, else the first.</summary>
    public int Holding(string key)
    {
        // First keys are unique: a match is that last shard; a miss gives the first shard after the key, and the one before holds it.
        var found = Array.BinarySearch(_firstKeys, key, StringComparer.Ordinal);
        return found >= 0 ? found : Math.Max(0, ~found - 1);
    }

    /// <summary>Shard <paramref name="j"/>'s entries, sorted by key.</summary>
    public List<ShardEntry> Entries(int j) => _entries[j] ??= store.GetShard(records[j].Blob);

    /// <summary>Reads the entries of the shards <paramref name="shards"/> names, in parallel.</summary>
    public void Read(List<int> shards) => Parallel.For(0, shards.Count, i => _entries[shards[i]] = store.GetShard(records[shards[i]].Blob));

    /// <summary>The entry of <paramref name="key"/>; null when the index had none.</summary>
    public ShardEntry? Find(string key)
    {
        var entries = Entries(Holding(key));
        var found = CollectionsMarshal.AsSpan(entries).BinarySearch(new KeyOrder(key));
        return found >= 0 ? entries[found] : null;
    }

    private static string[] FirstKeys(IReadOnlyList<ShardRecord> records)
    {
        var keys = new string[records.Count];
        for (var j = 0; j < keys.Length; j++) keys[j] = records[j].FirstKey;
        return keys;
    }

    /// <summary>Where a key stands among entries, in the store's (ordinal) order of their keys.</summary>
    private sealed class KeyOrder(string key) : IComparable<ShardEntry>
    {
        public int CompareTo(ShardEntry? entry) => string.CompareOrdinal(key, entry!.Key);
    }
}
