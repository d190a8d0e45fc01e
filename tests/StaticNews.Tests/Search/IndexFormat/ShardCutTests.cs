using StaticNews.Search.IndexFormat;


namespace StaticNews.Tests.Search.IndexFormat;

/// <summary>
/// Term shards are cut where the content says, not where the running size happens to fall: a new,
/// changed or removed entry re-cuts its neighbourhood and the cuts fall back into step right after,
/// so the other shards keep their bytes and names.
/// </summary>
public sealed class ShardCutTests
{
    /// <summary>Sorted keys with sizes as an index has them: mostly small entries, some long posting lists.</summary>
    private static List<(string Key, long Size)> Entries(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(i => ($"k{random.Next(1_000_000_000):D9}", (long)(random.NextDouble() < 0.1 ? random.Next(500, 3000) : random.Next(8, 200))))
            .DistinctBy(e => e.Item1).OrderBy(e => e.Item1, StringComparer.Ordinal).ToList();
    }

    private static List<List<(string Key, long Size)>> Cut(List<(string Key, long Size)> entries, ShardCut cut)
    {
        var shards = new List<List<(string, long)>>();
        long running = 0;
        foreach (var entry in entries)
        {
            if (shards.Count == 0 || cut.Before(running, entry.Key, entry.Size))
            {
                shards.Add([]);
                running = 0;
            }
            shards[^1].Add(entry);
            running += entry.Size;
        }
        return shards;
    }

    private static HashSet<string> Names(List<List<(string Key, long Size)>> shards)
        => shards.Select(s => string.Join(",", s.Select(e => e.Key + ":" + e.Size))).ToHashSet();

    [Theory]
    [InlineData("insert")]
    [InlineData("remove")]
    [InlineData("grow")]
    public void A_changed_entry_re_cuts_only_its_neighbourhood(string change)
    {
        var cut = new ShardCut(8192);
        var renamedInAll = 0;
        for (var seed = 0; seed < 20; seed++)
        {
            var entries = Entries(6000, seed);
            var before = Cut(entries, cut);
            var changed = entries.ToList();
            var at = entries.Count / 2 + seed;
            if (change == "insert") changed.Insert(at, (entries[at - 1].Key + "x", 150));
            else if (change == "remove") changed.RemoveAt(at);
            else changed[at] = (entries[at].Key, entries[at].Size + 2500);
            var after = Cut(changed, cut);

            Assert.True(before.Count > 80, $"{before.Count} shards: too few to test anything");
            var renamed = Names(after).Except(Names(before)).Count();
            Assert.InRange(renamed, 1, 5);
            renamedInAll += renamed;
        }
        // Mostly the shard of the change and perhaps its neighbour; a forced cut (past Max) now and then takes one or two more.
        Assert.InRange(renamedInAll / 20.0, 1, 2.5);
    }

    [Fact]
    public void Shards_hold_at_least_half_the_target_unless_the_next_entry_would_take_them_past_twice_it()
    {
        var cut = new ShardCut(8192);
        var entries = Entries(20000, 1);
        var shards = Cut(entries, cut);
        for (var s = 0; s < shards.Count; s++)
        {
            var size = shards[s].Sum(e => e.Size);
            Assert.True(size <= cut.Max || shards[s].Count == 1, $"shard {s}: {size} bytes");
            if (s + 1 < shards.Count) Assert.True(size >= cut.Min || size + shards[s + 1][0].Size > cut.Max, $"shard {s}: {size} bytes");
        }
        var average = entries.Sum(e => e.Size) / (double)shards.Count;
        Assert.InRange(average, 0.7 * cut.Target, 1.4 * cut.Target);
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(2_223_637)]
    [InlineData(25_000_000)]
    public void The_target_is_the_power_of_two_nearest_the_square_root_rule_and_stays_as_the_index_grows(long total)
    {
        var options = new SearchIndexOptions();
        var target = ShardCut.For(total, options).Target;
        Assert.True((target & (target - 1)) == 0, $"{target} is not a power of two");
        var rule = Math.Max(options.MinShardBytes, Math.Sqrt(total * 40.0));
        Assert.InRange(target, rule / Math.Sqrt(2) - 1, rule * Math.Sqrt(2) + 1);
        // It moves only when the index has grown about fourfold: most single changes leave it.
        var moved = Enumerable.Range(1, 1000).Count(i => ShardCut.For(total + i * (total / 10_000 + 1), options).Target != ShardCut.For(total + (i - 1) * (total / 10_000 + 1), options).Target);
        Assert.InRange(moved, 0, 1);
        Assert.Equal(2000, ShardCut.For(total, options with { ShardBytes = 2000 }).Target);
    }

    [Fact]
    public void The_key_hash_is_the_same_in_every_process()
    {
        // string.GetHashCode differs per process; the cut must not (these values are FNV-1a over the
        // UTF-16 code units, finished with SplitMix64's mixer, worked out by hand).
        Assert.Equal(0x5d82db4f2d0854a7UL, ShardCut.KeyHash("sikkerhed"));
        Assert.Equal(0x2c24b5fb0254d423UL, ShardCut.KeyHash("~year:2023"));
    }
}
