using StaticNews.Caching;

namespace StaticNews.Tests.Caching;

/// <summary>
/// The chunked cache file gives back exactly the chunks written, in order, whether rewritten or
/// appended; a missing, foreign, cut-short or garbled file is no chunks at all, never wrong ones.
/// </summary>
public class ChunkedCacheFileTests
{
    private static string[] Texts(IReadOnlyList<ReadOnlyMemory<byte>>? chunks) => chunks!.Select(c => System.Text.Encoding.UTF8.GetString(c.Span)).ToArray();

    private static readonly CacheFormat Format = new("test chunks", 1);

    private static byte[] Bytes(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Gives_back_the_chunks_rewritten_and_then_appended_in_order()
    {
        using var temp = new TempFolder();
        var file = new ChunkedCacheFile(Path.Combine(temp["cache"], "x.bin"), Format, "key 1");

        file.Rewrite([Bytes("første"), Bytes("")]);
        file.Append(Bytes("tredje"));

        Assert.Equal(["første", "", "tredje"], Texts(file.Read()));
    }

    [Fact]
    public void A_rewrite_replaces_every_chunk_before_it()
    {
        using var temp = new TempFolder();
        var file = new ChunkedCacheFile(Path.Combine(temp["cache"], "x.bin"), Format, "key 1");
        file.Rewrite([Bytes("a")]);
        file.Append(Bytes("b"));

        file.Rewrite([Bytes("c")]);

        Assert.Equal(["c"], Texts(file.Read()));
        Assert.False(File.Exists(file.Path + ".tmp"));
    }

    [Fact]
    public void A_missing_file_or_one_with_another_key_or_version_is_no_chunks()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp["cache"], "x.bin");
        Assert.Null(new ChunkedCacheFile(path, Format, "key 1").Read());

        new ChunkedCacheFile(path, Format, "key 1").Rewrite([Bytes("a")]);

        Assert.Null(new ChunkedCacheFile(path, Format, "key 2").Read());
        Assert.Null(new ChunkedCacheFile(path, Format, "key").Read());
        Assert.Null(new ChunkedCacheFile(path, new CacheFormat("test chunks", 2), "key 1").Read());
    }

    [Fact]
    public void A_file_cut_short_anywhere_is_no_chunks_or_just_the_chunks_wholly_before_the_cut()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp["cache"], "x.bin");
        var file = new ChunkedCacheFile(path, Format, "key 1");
        file.Rewrite([Bytes("første chunk")]);
        file.Append(Bytes("anden"));
        var whole = File.ReadAllBytes(path);

        for (var length = 0; length < whole.Length; length++)
        {
            // Cut exactly between chunks, the file is whole up to there: an owner then misses only
            // the entries of the chunks cut off, and works them out again.
            File.WriteAllBytes(path, whole[..length]);
            var chunks = file.Read();
            Assert.True(chunks == null || Texts(chunks).Length < 2 && Texts(chunks).SequenceEqual(new[] { "første chunk" }.Take(Texts(chunks).Length)), $"cut at {length}");
        }
    }

    [Fact]
    public void A_garbled_byte_anywhere_is_no_chunks()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp["cache"], "x.bin");
        var file = new ChunkedCacheFile(path, Format, "key 1");
        file.Rewrite([Bytes("Æbler og pærer")]);
        file.Append(Bytes("anden"));
        var whole = File.ReadAllBytes(path);

        for (var at = 0; at < whole.Length; at++)
        {
            var garbled = (byte[])whole.Clone();
            garbled[at] ^= 0x20;
            File.WriteAllBytes(path, garbled);
            Assert.Null(file.Read());
        }
    }
}
