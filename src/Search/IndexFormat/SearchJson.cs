using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace StaticNews.Search.IndexFormat;

/// <summary>How every JSON file of the index is written: compact, one set of writer options.</summary>
internal static class SearchJson
{
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        // Danish letters stay readable and small; <, >, & and quotes are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    /// <summary>The bytes <paramref name="write"/> writes.</summary>
    internal static byte[] Bytes(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }
}
