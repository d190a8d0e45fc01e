using System.IO.Compression;

namespace StaticNews.Search;

/// <summary>
/// The gzip of a result fragment. Same JSON, same bytes: the header carries no time or name, and
/// the level is fixed, so a rebuild names and writes the fragment as before.
/// </summary>
public static class FragmentGzip
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
