using System.IO.Compression;

namespace StaticNews.Search.IndexFormat;

/// <summary>
/// The gzip of a file of the index: a result fragment, a term shard, a posting list's rest or a
/// block of fragment names (all but the manifest, which the search page names and reads first).
/// Their JSON is mostly digits, names and hashes that pack three to four times smaller, and the
/// browser inflates them as it fetches them. Same JSON, same bytes: the header carries no time or
/// name, and each kind's level is fixed, so a rebuild names and writes each file as before.
/// </summary>
public static class IndexFileGzip
{
    /// <summary>A fragment: at the smallest size (zlib's level 9), as fragments are most of the index's bytes (and a fragment is named by these bytes).</summary>
    public static byte[] Compress(byte[] json) => Compress(json, SmallestLevel);

    /// <summary>
    /// A shard, rest or block (the files a query reads to find its fragments): at zlib's level 2.
    /// They are rewritten whenever one of their terms changes, a few hundred of them for one new
    /// article, so compressing them is part of every incremental build: level 2 packs them about
    /// a tenth larger than the default level in a third of its time (level 1, another method,
    /// half as large again).
    /// </summary>
    public static byte[] CompressLookupFile(byte[] json) => Compress(json, LookupLevel);

    private const int SmallestLevel = 9;
    private const int LookupLevel = 2;

    private static byte[] Compress(byte[] json, int level)
    {
        // One buffer a thread, kept between files: a buffer grown from nothing for each file would
        // leave twice its gzipped bytes again as garbage. A buffer grown past what a lookup file
        // needs is let go.
        var buffer = t_buffer ??= new MemoryStream();
        buffer.SetLength(0);
        using (var gzip = new GZipStream(buffer, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true)) gzip.Write(json);
        var bytes = buffer.ToArray();
        if (buffer.Capacity > KeptBufferBytes) t_buffer = null;
        return bytes;
    }

    [ThreadStatic] private static MemoryStream? t_buffer;

    private const int KeptBufferBytes = 1 << 20;

    public static byte[] Decompress(byte[] gzipped)
    {
        using var input = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
