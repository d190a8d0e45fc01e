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
        // The buffer and writer are the thread's, reset for each value: one made per value
        // (a fragment, a term's entry) grew by doubling, then was copied out and dropped.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        try
        {
            write(writer);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            if (buffer.Capacity > MaxKeptBytes)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }

    private const int MaxKeptBytes = 1 << 20;
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;
}
