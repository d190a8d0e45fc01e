using System.Buffers;
using System.Text.Json;
using StaticNews.Output;

namespace StaticNews.Search.IndexFormat;

/// <summary>A term shard's file: its entries as one JSON object, named by its bytes.</summary>
internal static class ShardFile
{
    /// <summary>One shard's file and record (its blob's location is the caller's to fill in).</summary>
    public static ShardOutput Make(List<ShardEntry> entries, string folder)
    {
        var content = Json(entries);
        var name = SearchIndexFiles.NameOf(content);
        long size = 0;
        foreach (var entry in entries) size += entry.Size;
        var rests = new List<string>();
        foreach (var entry in entries)
            foreach (var restName in entry.RestNames ?? [])
                if (!rests.Contains(restName)) rests.Add(restName);
        return new ShardOutput(new ShardRecord(entries[0].Key, name, BlobLocation.Unplaced, size, [.. rests]),
            SearchIndexFiles.ShardOf(folder, name, content));
    }

    public static byte[] Json(IReadOnlyList<ShardEntry> entries)
    {
        // Sized up front: grown by doubling, shards were most of what an update allocates.
        var capacity = 2;
        foreach (var entry in entries) capacity += entry.Value.Length + 6 * entry.Key.Length + 4;
        var buffer = new ArrayBufferWriter<byte>(capacity);
        using (var w = new Utf8JsonWriter(buffer, SearchJson.WriterOptions))
        {
            w.WriteStartObject();
            foreach (var entry in entries)
            {
                w.WritePropertyName(entry.Key);
                w.WriteRawValue(entry.Value.Span, skipInputValidation: true);
            }
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}

/// <summary>A shard made anew: its record in the state and its file.</summary>
/// <summary>A shard as the index lists it, with the file that holds it.</summary>
internal sealed record ShardOutput(ShardRecord Record, OutputFile File);
