using StaticNews.Caching;
using StaticNews.Search.Incremental;
using StaticNews.Search.IndexFormat;


namespace StaticNews.Tests.Search.Incremental;

/// <summary>
/// The last build's shards answer which shard's key range holds a key (from its first key up to
/// the next shard's) and what entry a key had, reading each shard from the store once.
/// </summary>
public sealed class OldShardsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    /// <summary>Shards of filter entries, one shard a list of keys, as the store keeps them.</summary>
    private OldShards Shards(params string[][] keys)
    {
        var store = SearchIndexStore.Open(new BuildCache(_temp.Path), new SearchIndexOptions(), "search/")!;
        var shards = keys.Select(s => (IReadOnlyList<ShardEntry>)[.. s.Select(k => ShardEntry.Filter(k, k.ToUpperInvariant(), [1, 2]))]).ToList();
        var locations = store.PutPack(shards);
        return new OldShards([.. keys.Select((s, i) => new ShardRecord(s[0], "shard" + i, locations[i], 0, []))], store);
    }

    [Fact]
    public void A_key_before_every_shard_falls_in_the_first()
    {
        var shards = Shards(["~b", "~c"], ["~e"], ["~g", "~h"]);
        Assert.Equal(0, shards.Holding(""));
        Assert.Equal(0, shards.Holding("~a"));
        Assert.Equal("", shards.Low(0));
    }

    [Fact]
    public void A_key_falls_in_the_last_shard_whose_first_key_is_not_after_it()
    {
        var shards = Shards(["~b", "~c"], ["~e"], ["~g", "~h"]);
        Assert.Equal([0, 0, 0, 1, 1, 2, 2, 2], new[] { "~b", "~c", "~d", "~e", "~f", "~g", "~h", "~z" }.Select(shards.Holding));
        Assert.Equal("~e", shards.Low(1));
    }

    [Fact]
    public void The_holding_shard_is_found_among_many_as_a_walk_over_them_finds_it()
    {
        var random = new Random(7);
        var keys = Enumerable.Range(0, 400).Select(_ => "~" + random.Next(100_000).ToString("D5")).Distinct().Order(StringComparer.Ordinal).ToArray();
        var firsts = keys.Where((_, i) => i % 3 == 0).ToArray();
        var shards = Shards([.. keys.Chunk(3)]);
        foreach (var key in keys.Concat(keys.Select(k => k + "0")).Append("~").Append("~99999z"))
        {
            var walked = Math.Max(0, Array.FindLastIndex(firsts, f => string.CompareOrdinal(f, key) <= 0));
            Assert.Equal(walked, shards.Holding(key));
        }
    }

    [Fact]
    public void A_key_finds_its_entry_and_a_key_the_index_lacks_finds_none()
    {
        var shards = Shards(["~b", "~c"], ["~e"], ["~g", "~h"]);
        Assert.Equal(["~b", "~c", "~e", "~g", "~h"], new[] { "~b", "~c", "~e", "~g", "~h" }.Select(k => shards.Find(k)!.Key));
        Assert.Equal("~H", shards.Find("~h")!.Label);
        Assert.All(new[] { "", "~a", "~d", "~f", "~ga", "~z" }, k => Assert.Null(shards.Find(k)));
    }

    public void Dispose() => _temp.Dispose();
}
