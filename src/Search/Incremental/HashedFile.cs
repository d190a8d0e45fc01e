using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace StaticNews.Search.Incremental;

/// <summary>
/// A file of <see cref="SearchIndexStore"/> checked against the SHA-256 hash of its bytes when read:
/// either the hash follows the bytes in the file (a trailer: the state), or the file is named by it
/// (its first 16 bytes in hex: the segments).
/// </summary>
internal static class HashedFile
{
    // Files are written through the hash and read into a rented buffer: a segment or the state is
    // a large object, and allocating large objects brings on full collections of the whole heap.
    public static byte[] Write(Stream file, bool trailer, Action<BinaryWriter> write)
    {
        using var hashing = new HashingStream(file);
        using (var writer = new BinaryWriter(new BufferedStream(hashing, 1 << 16), Encoding.UTF8, leaveOpen: false)) write(writer);
        var hash = hashing.Hash();
        if (trailer) file.Write(hash);
        return hash;
    }

    public static T Read<T>(string path, bool trailer, Func<BinaryReader, T> parse, string? expectedHex = null)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var length = checked((int)file.Length);
        var content = trailer ? length - 32 : length;
        if (content < 0) throw new InvalidDataException("a search cache file too short");
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
        try
        {
            file.ReadExactly(buffer, 0, length);
            var hash = SHA256.HashData(buffer.AsSpan(0, content));
            var good = trailer ? hash.AsSpan().SequenceEqual(buffer.AsSpan(content, 32))
                : Convert.ToHexStringLower(hash.AsSpan(0, 16)) == expectedHex;
            if (!good) throw new InvalidDataException($"search cache file {Path.GetFileName(path)} does not hold what it was written with");
            using var reader = new BinaryReader(new MemoryStream(buffer, 0, content, writable: false), Encoding.UTF8);
            var result = parse(reader);
            if (reader.BaseStream.Position != content) throw new InvalidDataException($"search cache file {Path.GetFileName(path)} holds more than it should");
            return result;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
