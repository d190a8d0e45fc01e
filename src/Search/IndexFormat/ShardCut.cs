using System.Numerics;

namespace StaticNews.Search.IndexFormat;

/// <summary>
/// Where the sorted entries of the index are cut into term shards. Boundaries are content-defined:
/// once a shard holds <see cref="Min"/> bytes, the shard is cut before a key whose hash meets a
/// condition (a chance proportional to the entry's size, so about <see cref="Target"/> bytes a
/// shard on average), and always before an entry that would take it past <see cref="Max"/>. Whether
/// a shard ends before a key depends only on the entries since the shard began and on that key,
/// so a changed, new or removed entry re-cuts its own neighbourhood and the boundaries fall back
/// into step at the next cut they share: the other shards keep their bytes and names. (Cut by
/// running size alone, one new term shifted every later boundary and renamed every later shard.)
/// </summary>
internal readonly struct ShardCut
{
    public ShardCut(long target)
    {
        Target = Math.Max(target, 64);
    }

    /// <summary>The size the cuts aim for.</summary>
    public long Target { get; }

    public long Min => Target / 2;

    public long Max => Target * 2;

    /// <summary>
    /// The target for an index whose entries take <paramref name="total"/> bytes: the square root
    /// of 40 times the total (which balances the manifest, one line a shard, against the one shard
    /// a word needs), rounded to a power of two so that it stays put while the archive grows: it
    /// moves, and every shard is cut anew, only each time the index grows fourfold.
    /// </summary>
    public static ShardCut For(long total, SearchIndexOptions options)
    {
        if (options.ShardBytes is { } fixedSize) return new ShardCut(fixedSize);
        var scaled = (ulong)Math.Max(1, total) * 40;
        // 2^p with 2^(2p-1) ≤ 40·total < 2^(2p+1): the power of two nearest to √(40·total) on a log scale.
        var power = (BitOperations.Log2(scaled) + 1) / 2;
        return new ShardCut(Math.Max(options.MinShardBytes, 1L << power));
    }

    /// <summary>The bytes an entry adds to its shard, as the cut counts them.</summary>
    public static long SizeOf(string key, int valueLength) => key.Length + valueLength + 4;

    /// <summary>True when a shard holding <paramref name="running"/> bytes ends before the entry <paramref name="key"/> of <paramref name="size"/> bytes.</summary>
    public bool Before(long running, string key, long size)
    {
        if (running == 0) return false;
        if (running + size > Max) return true;
        return running >= Min && (long)(KeyHash(key) % (ulong)(Target / 2)) < size;
    }

    /// <summary>A hash of the key that is the same in every process and build (string.GetHashCode is not).</summary>
    internal static ulong KeyHash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        // FNV-1a's low bits mix poorly; finish with SplitMix64's mixer.
        hash ^= hash >> 30;
        hash *= 0xbf58476d1ce4e5b9UL;
        hash ^= hash >> 27;
        hash *= 0x94d049bb133111ebUL;
        return hash ^ (hash >> 31);
    }
}
