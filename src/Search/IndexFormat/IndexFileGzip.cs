using System.IO.Compression;

namespace StaticNews.Search.IndexFormat;

/// <summary>
/// The gzip of a file of the index: a result fragment, a term shard, a posting list's rest or a
/// block of fragment names (all but the manifest, which the search page names and reads first).
/// Their JSON is mostly digits, names and hashes that pack three to four times smaller, and the
/// browser inflates them as it fetches them. Same JSON, same bytes: the header carries no time or
/// name, and the level is fixed, so a rebuild names and writes each file as before.
/// </summary>
public static class IndexFileGzip
{
    public static byte[] Compress(byte[] json)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(json);
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
