using System.Text;
using StaticNews.Search.Incremental;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Tests.Search.Incremental;

/// <summary>A shard's blob gives back the entries written into it, byte for byte, and nothing else.</summary>
public sealed class ShardBlobTests
{
    private static byte[] Blob(IReadOnlyList<ShardEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)) ShardBlob.Write(writer, entries);
        return stream.ToArray();
    }

    private static List<ShardEntry> Entries()
        => [ShardEntry.Term("æblegrød", [3, 17, 18, 400], [5, 99, 1, 42], headSize: 2), ShardEntry.Filter("~location:århus", "Århus – “byen”", [0, 3]),
            // A rest of two parts.
            ShardEntry.Term("og", [.. Enumerable.Range(0, PostingList.MinRestPart + 10)], [.. Enumerable.Range(0, PostingList.MinRestPart + 10).Select(i => (byte)(i % 7 + 1))], headSize: 2)];

    [Fact]
    public void Entries_come_back_with_their_bytes_rest_and_label()
    {
        var written = Entries();
        var read = ShardBlob.Read(Blob(written));
        Assert.Equal(written.Select(e => (e.Key, e.IsFilter, e.Label, e.Count, e.IsSplit, e.LastInRest)), read.Select(e => (e.Key, e.IsFilter, e.Label, e.Count, e.IsSplit, e.LastInRest)));
        Assert.Equal(written.Select(e => e.RestNames), read.Select(e => e.RestNames));
        Assert.Equal(written.Select(e => e.Value.ToArray()), read.Select(e => e.Value.ToArray()));
        Assert.Equal(written.Select(e => e.RestParts.Select(p => p.ToArray())), read.Select(e => e.RestParts.Select(p => p.ToArray())));
        Assert.NotNull(read[0].RestNames);
        Assert.Equal(2, read[2].RestParts.Length);
    }

    [Fact]
    public void The_size_bound_is_never_below_the_bytes_written()
    {
        var entries = Entries();
        Assert.True(ShardBlob.SizeBound(entries) >= Blob(entries).Length);
        Assert.True(ShardBlob.SizeBound([]) >= Blob([]).Length);
    }

    [Fact]
    public void A_blob_cut_short_or_with_bytes_to_spare_is_damage()
    {
        var blob = Blob(Entries());
        Assert.True(SearchIndexStore.IsDamage(Record.Exception(() => ShardBlob.Read(blob[..^3]))!));
        Assert.True(SearchIndexStore.IsDamage(Record.Exception(() => ShardBlob.Read([.. blob, 0]))!));
    }
}
