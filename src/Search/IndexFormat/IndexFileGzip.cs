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
    /// <summary>A fragment: at the smallest size, as fragments are most of the index's bytes (and a fragment is named by these bytes).</summary>
    public static byte[] Compress(byte[] json) => Compress(json, CompressionLevel.SmallestSize);

    /// <summary>
    /// A shard, rest or block (the files a query reads to find its fragments): at zlib's default
    /// level. Their runs of digits pack within 1 % of the smallest size at a fifth of its time,
    /// and they are rewritten whenever their terms change.
    /// </summary>
    public static byte[] CompressLookupFile(byte[] json) => Compress(json, CompressionLevel.Optimal);

    private static byte[] Compress(byte[] json, CompressionLevel level)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, level, leaveOpen: true)) gzip.Write(json);
        return buffer.ToArray();
    }

    public static byte[] Decompress(byte[] gzipped)
    {
        using var input = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
