using StaticNews.Search.Analysis;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Search.Incremental;

/// <summary>
/// The index as the last build made it, in the form a later build needs to change it in place
/// (kept by <see cref="SearchIndexStore"/>): per document id its key and fragment name; the sums of
/// the field lengths (which give the average lengths impacts use); the term shards, each with its
/// file, its blob in the store, its size and the rests its entries name; the document segments;
/// the block groups. All of it follows from the documents whose keys it lists.
/// </summary>
public sealed class SearchIndexState
{
    /// <summary>The site key of the build that made it: documents are compared by their own keys only within one site key.</summary>
    public string Site { get; init; } = "";

    public required string[] Keys { get; init; }
    public required string[] FragmentNames { get; init; }
    public required long[] LengthSums { get; init; }

    /// <summary>The bytes of every entry as the shard cut counts them (see <see cref="ShardCut.SizeOf"/>).</summary>
    public required long TotalBytes { get; init; }

    public required int TermCount { get; init; }
    public required int SplitCount { get; init; }
    public required IReadOnlyList<ShardRecord> Shards { get; init; }

    /// <summary>Blob names of the document segments, <see cref="SearchIndexStore.SegmentSize"/> ids each.</summary>
    public required IReadOnlyList<string> Segments { get; init; }

    /// <summary>Hashes of the block groups, as the manifest lists them.</summary>
    public required IReadOnlyList<string> Groups { get; init; }

    public int Documents => Keys.Length;

    /// <summary>
    /// The ids whose document differs from this state's (changed, new or gone), given the new
    /// documents' keys oldest first; null when there are more than <paramref name="limit"/>.
    /// </summary>
    public List<int>? ChangedIds(IReadOnlyList<string> keys, int limit)
    {
        var changed = new List<int>();
        for (var d = 0; d < Math.Max(keys.Count, Keys.Length); d++)
        {
            if (d < keys.Count && d < Keys.Length && string.Equals(keys[d], Keys[d], StringComparison.Ordinal)) continue;
            if (changed.Count == limit) return null;
            changed.Add(d);
        }
        return changed;
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(Keys.Length);
        foreach (var key in Keys) writer.Write(key);
        foreach (var name in FragmentNames) writer.Write(name);
        writer.Write(LengthSums.Length);
        foreach (var sum in LengthSums) writer.Write(sum);
        writer.Write(TotalBytes);
        writer.Write(TermCount);
        writer.Write(SplitCount);
        writer.Write(Shards.Count);
        foreach (var shard in Shards)
        {
            writer.Write(shard.FirstKey);
            writer.Write(shard.Name);
            writer.Write(shard.Blob.Pack);
            writer.Write(shard.Blob.Offset);
            writer.Write(shard.Blob.Length);
            writer.Write(shard.Blob.Hash);
            writer.Write(shard.Size);
            writer.Write(shard.Rests.Length);
            foreach (var rest in shard.Rests) writer.Write(rest);
        }
        writer.Write(Segments.Count);
        foreach (var segment in Segments) writer.Write(segment);
        writer.Write(Groups.Count);
        foreach (var group in Groups) writer.Write(group);
    }

    internal static SearchIndexState Read(BinaryReader reader, string site)
    {
        var count = reader.ReadInt32();
        var keys = new string[count];
        for (var d = 0; d < count; d++) keys[d] = reader.ReadString();
        var fragments = new string[count];
        for (var d = 0; d < count; d++) fragments[d] = reader.ReadString();
        var sums = new long[reader.ReadInt32()];
        for (var f = 0; f < sums.Length; f++) sums[f] = reader.ReadInt64();
        var total = reader.ReadInt64();
        var termCount = reader.ReadInt32();
        var splitCount = reader.ReadInt32();
        var shards = new ShardRecord[reader.ReadInt32()];
        for (var s = 0; s < shards.Length; s++)
        {
            var first = reader.ReadString();
            var name = reader.ReadString();
            var blob = new BlobLocation(reader.ReadString(), reader.ReadInt64(), reader.ReadInt32(), reader.ReadString());
            var size = reader.ReadInt64();
            var rests = new string[reader.ReadInt32()];
            for (var r = 0; r < rests.Length; r++) rests[r] = reader.ReadString();
            shards[s] = new ShardRecord(first, name, blob, size, rests);
        }
        var segments = new string[reader.ReadInt32()];
        for (var s = 0; s < segments.Length; s++) segments[s] = reader.ReadString();
        var groups = new string[reader.ReadInt32()];
        for (var g = 0; g < groups.Length; g++) groups[g] = reader.ReadString();
        if (sums.Length != SearchField.All.Count) throw new InvalidDataException("another set of fields");
        return new SearchIndexState
        {
            Site = site, Keys = keys, FragmentNames = fragments, LengthSums = sums, TotalBytes = total, TermCount = termCount, SplitCount = splitCount,
            Shards = shards, Segments = segments, Groups = groups,
        };
    }
}
