using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace StaticNews.Caching;

/// <summary>
/// A cache file that grows by appending: a key, then self-contained chunks, each its length, a
/// checksum and its bytes. A build that learnt one new entry appends one small chunk instead of
/// rewriting the ten thousand the file holds (rewriting the front-matter cache was a tenth of a
/// second of a one-new-article build); its owner rewrites it whole (<see cref="Rewrite"/>) when
/// dead entries or chunks pile up. A missing file, another key, or damage anywhere (a chunk cut
/// short, a checksum that does not match) reads as no chunks at all: the owner then works as
/// without a cache and rewrites the file. The file begins with its <see cref="CacheFormat"/>
/// header; the key after it names what the entries are valid for (a time zone, a generator build).
/// </summary>
public sealed class ChunkedCacheFile(string path, CacheFormat format, string key)
{
    private const int ChunkHeader = sizeof(int) + sizeof(ulong);

    /// <summary>More chunks than this and the file is rewritten whole: each chunk decodes its own string table.</summary>
    public const int MaxChunks = 32;

    public string Path => path;

    /// <summary>
    /// The chunks in the order they were written; null when the file is missing, foreign or damaged.
    /// An array: a list of ReadOnlyMemory read through its interfaces is generic code in no
    /// ReadyToRun image, compiled anew in every build.
    /// </summary>
    public ReadOnlyMemory<byte>[]? Read()
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(path)) return null;
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var header = Header();
        if (!bytes.AsSpan().StartsWith(header)) return null;
        var chunks = new List<ReadOnlyMemory<byte>>();
        for (var at = header.Length; at < bytes.Length;)
        {
            if (bytes.Length - at < ChunkHeader) return null;
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
            var sum = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(at + sizeof(int)));
            at += ChunkHeader;
            if (length < 0 || length > bytes.Length - at) return null;
            var chunk = bytes.AsMemory(at, length);
            if (Checksum(chunk.Span) != sum) return null;
            chunks.Add(chunk);
            at += length;
        }
        return chunks.ToArray();
    }

    /// <summary>
    /// Whether the owner should rewrite the file whole rather than append: it could not be read
    /// (<paramref name="chunks"/> -1), holds too many chunks, or more than a quarter as many dead
    /// entries (of files since deleted or edited) as live ones. Dead entries are harmless (a
    /// content hash always stands for the same thing), only wasted reading.
    /// </summary>
    public static bool NeedsRewrite(int chunks, int dead, int live) => chunks < 0 || chunks >= MaxChunks || dead > live / 4;

    /// <summary>
    /// Reads entries keyed by content hash into <paramref name="into"/>, chunk by chunk (each its
    /// count, then key and entry pairs): the layout both the front-matter cache and the article
    /// store keep. Returns the number of chunks, or -1 (and no entries) when the file is missing,
    /// foreign or damaged, so the next <see cref="SaveEntries"/> rewrites it whole. A key equal to
    /// one of <paramref name="knownKeys"/> is kept as that string rather than decoded anew.
    /// </summary>
    public int ReadEntries<T>(Dictionary<string, T> into, Func<CacheChunkReader, T> read, HashSet<string>? knownKeys = null)
    {
        try
        {
            if (Read() is not { } chunks) return -1;
            foreach (var chunk in chunks)
            {
                var reader = new CacheChunkReader(chunk);
                var count = reader.ReadInt32();
                into.EnsureCapacity(into.Count + count);
                for (var n = 0; n < count; n++) into[reader.ReadKey(knownKeys)] = read(reader);
                if (!reader.AtEnd) throw new FormatException("bytes after the last entry");
            }
            return chunks.Length;
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            into.Clear();
            return -1;
        }
    }

    /// <summary>
    /// Keeps a build's entries for the next: the <paramref name="added"/> ones appended as one
    /// chunk, or, when <see cref="NeedsRewrite"/> says so, the file rewritten with exactly the
    /// <paramref name="live"/> ones. Entries go in key order, so the same entries give the same bytes.
    /// </summary>
    public void SaveEntries<T>(int chunks, IReadOnlyCollection<KeyValuePair<string, T>> live, IReadOnlyCollection<KeyValuePair<string, T>> added, int dead,
        Action<CacheChunkWriter, T> write)
    {
        if (NeedsRewrite(chunks, dead, live.Count)) Rewrite([EntriesChunk(live, write)]);
        else if (added.Count > 0) Append(EntriesChunk(added, write));
    }

    private static byte[] EntriesChunk<T>(IReadOnlyCollection<KeyValuePair<string, T>> entries, Action<CacheChunkWriter, T> write)
    {
        // Keys and values sorted side by side, not OrderBy(...).ToList(): LINQ's ordered
        // iterator over key-value pairs is generic code in no ReadyToRun image.
        var keys = new string[entries.Count];
        var values = new T[entries.Count];
        var count = 0;
        foreach (var (key, value) in entries)
        {
            keys[count] = key;
            values[count++] = value;
        }
        Array.Sort(keys, values, StringComparer.Ordinal);
        var writer = new CacheChunkWriter();
        writer.Write(count);
        for (var i = 0; i < count; i++)
        {
            writer.Write(keys[i]);
            write(writer, values[i]);
        }
        return writer.ToArray();
    }

    /// <summary>Adds a chunk at the end. Only for a file <see cref="Read"/> found whole: anything else is rewritten.</summary>
    public void Append(ReadOnlySpan<byte> chunk)
    {
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.None);
        WriteChunk(stream, chunk);
    }

    /// <summary>The file with just these chunks, written whole (<see cref="AtomicFile"/>): a killed build leaves the old file or the new one.</summary>
    public void Rewrite(IEnumerable<byte[]> chunks)
        => AtomicFile.Write(path, stream =>
        {
            stream.Write(Header());
            foreach (var chunk in chunks) WriteChunk(stream, chunk);
        });

    private byte[] Header()
    {
        var text = Encoding.UTF8.GetBytes(key);
        var header = new byte[format.Header.Length + sizeof(int) + text.Length];
        format.Header.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(format.Header.Length), text.Length);
        text.CopyTo(header, format.Header.Length + sizeof(int));
        return header;
    }

    private static void WriteChunk(Stream stream, ReadOnlySpan<byte> chunk)
    {
        Span<byte> head = stackalloc byte[ChunkHeader];
        BinaryPrimitives.WriteInt32LittleEndian(head, chunk.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(head[sizeof(int)..], Checksum(chunk));
        stream.Write(head);
        stream.Write(chunk);
    }

    /// <summary>
    /// Catches damage, not tampering: garbled bytes inside a string would otherwise decode to a
    /// wrong title without any error. Eight bytes a step, so it costs little beside the read.
    /// </summary>
    internal static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        const ulong Prime = 0x100000001B3;
        var hash = 0xCBF29CE484222325UL ^ (ulong)bytes.Length;
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var word in words) hash = ulong.RotateLeft((hash ^ word) * Prime, 29);
        foreach (var b in bytes[(words.Length * sizeof(ulong))..]) hash = ulong.RotateLeft((hash ^ b) * Prime, 29);
        return hash;
    }
}
