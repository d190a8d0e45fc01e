using StaticNews.Caching;
using StaticNews.Search.Incremental;
using StaticNews.Search.IndexFormat;


namespace StaticNews.Tests.Search.Incremental;

/// <summary>
/// An update keeps every old shard whose key range (its first key up to the next shard's, both
/// included) holds no changed key, and cuts the entries around the changed ones anew until the
/// cuts fall back onto an old shard's first key.
/// </summary>
public sealed class ShardRecutTests : IDisposable
{
    private readonly TempFolder _temp = new();

    /// <summary>A cut that falls before every entry but a shard's first: entries of 32 to 128 bytes always meet its condition.</summary>
    private static readonly ShardCut OneEntryAShard = new(64);

    private static ShardEntry Entry(string key, string label = "a label long enough to cut before") => ShardEntry.Filter(key, label, [1]);

    /// <summary>The old shards, one entry each.</summary>
    private OldShards Shards(params string[] keys)
    {
        var store = SearchIndexStore.Open(new BuildCache(_temp.Path), new SearchIndexOptions(), "search/")!;
        var locations = store.PutPack([.. keys.Select(k => (IReadOnlyList<ShardEntry>)[Entry(k)])]);
        return new OldShards([.. keys.Select((k, i) => new ShardRecord(k, "shard" + i, locations[i], 0, []))], store);
    }

    /// <summary>Each shard of the layout: "kept ~x" for an old one, else its entries' keys and labels.</summary>
    private static string[] Show(List<ShardLayout> layout)
        => [.. layout.Select(s => s.Kept is { } kept ? "kept " + kept.FirstKey : string.Join(",", s.Fresh!.Select(e => e.Key + "=" + e.Label)))];

    [Fact]
    public void With_no_changed_key_every_shard_is_kept()
    {
        var layout = new ShardRecut(Shards("~b", "~d", "~f"), [], []).Layout(OneEntryAShard);
        Assert.Equal(["kept ~b", "kept ~d", "kept ~f"], Show(layout));
    }

    [Fact]
    public void A_new_key_joins_the_entries_of_the_shard_whose_range_holds_it()
    {
        var layout = new ShardRecut(Shards("~b", "~d", "~f"), ["~e"], [Entry("~e")]).Layout(OneEntryAShard);
        Assert.Equal(["kept ~b", "~d=" + "a label long enough to cut before", "~e=a label long enough to cut before", "kept ~f"], Show(layout));
    }

    [Fact]
    public void A_key_before_every_shard_falls_in_the_first()
    {
        var layout = new ShardRecut(Shards("~b", "~d"), ["~a"], [Entry("~a")]).Layout(OneEntryAShard);
        Assert.Equal(["~a=a label long enough to cut before", "~b=a label long enough to cut before", "kept ~d"], Show(layout));
    }

    [Fact]
    public void A_gone_entry_leaves_its_shard_and_the_next_shard_starts_where_it_did()
    {
        var layout = new ShardRecut(Shards("~b", "~d", "~f"), ["~b", "~d"], [Entry("~b"), null]).Layout(OneEntryAShard);
        Assert.Equal(["~b=a label long enough to cut before", "kept ~f"], Show(layout));
    }

    [Fact]
    public void A_changed_first_key_cuts_anew_from_the_shard_before_it_whose_range_ends_there()
    {
        // ~d's range ends at ~f, included: a new first entry for ~f may be cut into ~d's shard.
        var layout = new ShardRecut(Shards("~b", "~d", "~f", "~h"), ["~f"], [Entry("~f", "another label long enough to cut")]).Layout(OneEntryAShard);
        Assert.Equal(["kept ~b", "~d=a label long enough to cut before", "~f=another label long enough to cut", "kept ~h"], Show(layout));
    }

    public void Dispose() => _temp.Dispose();
}
