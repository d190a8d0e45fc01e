using System.Security.Cryptography;
using StaticNews.Search.Incremental;

namespace StaticNews.Tests.Search.Incremental;

/// <summary>A cache file is read back only as it was written: any changed byte, or a name that is not its hash, and it is refused.</summary>
public sealed class HashedFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static void Words(BinaryWriter writer)
    {
        writer.Write("amnesti");
        writer.Write(42);
    }

    private static byte[] Write(string path, bool trailer, Action<BinaryWriter> write)
    {
        using var file = File.Create(path);
        return HashedFile.Write(file, trailer, write);
    }

    private static (string, int) ReadWords(BinaryReader reader) => (reader.ReadString(), reader.ReadInt32());

    [Fact]
    public void A_file_with_its_hash_at_the_end_comes_back_and_a_changed_byte_is_refused()
    {
        var path = _temp["state.bin"];
        var hash = Write(path, trailer: true, Words);
        Assert.Equal(hash, File.ReadAllBytes(path)[^32..]);
        Assert.Equal(("amnesti", 42), HashedFile.Read(path, trailer: true, ReadWords));

        var bytes = File.ReadAllBytes(path);
        bytes[3] ^= 1;
        File.WriteAllBytes(path, bytes);
        Assert.Throws<InvalidDataException>(() => HashedFile.Read(path, trailer: true, ReadWords));
    }

    [Fact]
    public void A_file_named_by_its_hash_is_checked_against_the_name()
    {
        var path = _temp["docs.bin"];
        var hash = Write(path, trailer: false, Words);
        Assert.Equal(SHA256.HashData(File.ReadAllBytes(path)), hash);
        var name = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        Assert.Equal(("amnesti", 42), HashedFile.Read(path, trailer: false, ReadWords, name));
        Assert.Throws<InvalidDataException>(() => HashedFile.Read(path, trailer: false, ReadWords, new string('0', 32)));
    }

    [Fact]
    public void A_file_that_holds_more_than_its_reader_takes_is_refused()
    {
        var path = _temp["state.bin"];
        Write(path, trailer: true, Words);
        Assert.Throws<InvalidDataException>(() => HashedFile.Read(path, trailer: true, reader => reader.ReadString()));
    }

    [Fact]
    public void A_file_too_short_for_its_hash_is_refused()
    {
        var path = _temp["state.bin"];
        File.WriteAllBytes(path, new byte[31]);
        Assert.Throws<InvalidDataException>(() => HashedFile.Read(path, trailer: true, ReadWords));
    }

    public void Dispose() => _temp.Dispose();
}
