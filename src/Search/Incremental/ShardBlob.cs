using System.Text;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Search.Incremental;

/// <summary>
/// The bytes of one term shard in the store (see <see cref="SearchIndexStore.PutPack"/>): its
/// entries (<see cref="ShardEntry"/>) one after another, each with the shard's bytes for its key
/// and a long list's rest, from which its whole posting list is read back.
/// </summary>
internal static class ShardBlob
{
    /// <summary>At least as many bytes as <see cref="Write"/> takes for <paramref name="entries"/>.</summary>
    public static int SizeBound(IReadOnlyList<ShardEntry> entries)
    {
        var size = 4;
        foreach (var entry in entries) size += 3 * entry.Key.Length + 3 * (entry.Label?.Length ?? 0) + entry.Value.Length + entry.RestLength + 20 * (entry.RestNames?.Length ?? 0) + 40;
        return size;
    }

    public static void Write(BinaryWriter writer, IReadOnlyList<ShardEntry> entries)
    {
        writer.Write(entries.Count);
        foreach (var entry in entries)
        {
            writer.Write(entry.Key);
            writer.Write(entry.IsFilter);
            writer.Write(entry.Label ?? "");
            writer.Write7BitEncodedInt(entry.Count);
            writer.Write7BitEncodedInt(entry.Value.Length);
            writer.Write(entry.Value.Span);
            // The rest's parts, each named: -1 for a list whole in its value.
            writer.Write7BitEncodedInt(entry.RestNames?.Length ?? -1);
            for (var p = 0; p < entry.RestParts.Length; p++)
            {
                writer.Write(entry.RestNames![p]);
                writer.Write7BitEncodedInt(entry.RestParts[p].Length);
                writer.Write(entry.RestParts[p].Span);
            }
            writer.Write7BitEncodedInt(entry.LastInRest);
        }
    }

    /// <summary>The entries of a blob, in key order; their bytes are slices of the blob, not copies.</summary>
    public static List<ShardEntry> Read(byte[] bytes)
    {
        var stream = new MemoryStream(bytes, writable: false);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        ReadOnlyMemory<byte> Slice()
        {
            var length = reader.Read7BitEncodedInt();
            var start = (int)stream.Position;
            if (length < 0 || start + length > bytes.Length) throw new InvalidDataException("a shard blob cut short");
            stream.Position += length;
            return new ReadOnlyMemory<byte>(bytes, start, length);
        }
        var count = reader.ReadInt32();
        var entries = new List<ShardEntry>(Math.Min(count, 1 << 16));
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            var isFilter = reader.ReadBoolean();
            var label = reader.ReadString();
            var postings = reader.Read7BitEncodedInt();
            var value = Slice();
            var partCount = reader.Read7BitEncodedInt();
            if (partCount < -1 || partCount > bytes.Length) throw new InvalidDataException("a shard blob with a rest of no sense");
            string[]? restNames = partCount < 0 ? null : new string[partCount];
            var parts = new ReadOnlyMemory<byte>[Math.Max(partCount, 0)];
            for (var p = 0; p < parts.Length; p++)
            {
                restNames![p] = reader.ReadString();
                parts[p] = Slice();
            }
            var lastInRest = reader.Read7BitEncodedInt();
            entries.Add(new ShardEntry(key, isFilter, isFilter ? label : null, postings, value, restNames, parts, lastInRest));
        }
        if (stream.Position != bytes.Length) throw new InvalidDataException("a shard blob holds more than its entries");
        return entries;
    }
}
