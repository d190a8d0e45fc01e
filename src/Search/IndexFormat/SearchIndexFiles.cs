using StaticNews.Output;
using StaticNews.Text;

namespace StaticNews.Search.IndexFormat;

/// <summary>
/// Where the files of the index go under its folder, and the names of those named by their
/// content (see <see cref="SearchIndex"/> for what each kind holds).
/// </summary>
internal static class SearchIndexFiles
{
    /// <summary>Content-addressed files (named by a hash of their bytes) are kept from the last build under this key.</summary>
    public const string ContentKey = "search-content";

    /// <summary>The name of a file of the index that is named by its content (a fragment, a shard, a rest, a manifest).</summary>
    public static string NameOf(byte[] content) => ContentHash.Of(content)[..16];

    public static string Shard(string folder, string name) => folder + "t/" + name + ".json.gz";

    public static string Rest(string folder, string name) => folder + "p/" + name + ".json.gz";

    public static string Block(string folder, string group, int block) => $"{folder}d/{group}-{block}.json.gz";

    public static string Fragment(string folder, string name) => folder + "f/" + name + ".json.gz";

    /// <summary>A shard's file: its JSON gzipped (see <see cref="IndexFileGzip"/>), named by the JSON.</summary>
    public static OutputFile ShardOf(string folder, string name, byte[] json)
        => new(Shard(folder, name), IndexFileGzip.CompressLookupFile(json)) { Key = ContentKey };

    /// <summary>A part of a split entry's rest, from the bytes the entry holds, by its name.</summary>

    public static OutputFile RestOf(string folder, string name, ReadOnlyMemory<byte> json)
        => new(Rest(folder, name), IndexFileGzip.CompressLookupFile(WholeArray(json))) { Key = ContentKey };

    /// <summary>One block of a group's fragment names.</summary>
    public static OutputFile BlockOf(string folder, string group, int block, byte[] json)
        => new(Block(folder, group, block), IndexFileGzip.CompressLookupFile(json)) { Key = ContentKey };

    /// <summary>The bytes as an array of their own: the array itself when they are all of one, else a copy.</summary>
    private static byte[] WholeArray(ReadOnlyMemory<byte> bytes)
        => System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array : bytes.ToArray();
}
