using System.Buffers.Binary;
using System.Text;

namespace StaticNews.Caching;

/// <summary>
/// Writes one chunk of a <see cref="ChunkedCacheFile"/>: fixed-size fields, with every string
/// stored once in a table at the front and named by its number. An archive's front matters name
/// a few thousand tags and places many times over; the reader decodes each of those once, and every
/// string in one call on a contiguous span rather than through a BinaryReader a string at a time.
/// </summary>
public sealed class CacheChunkWriter
{
    private readonly Dictionary<string, int> _number = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private readonly List<byte> _fields = [];

    /// <summary>A string or null (number 0).</summary>
    public void Write(string? value)
    {
        if (value == null)
        {
            Write(0);
            return;
        }
        if (!_number.TryGetValue(value, out var number))
        {
            _strings.Add(value);
            _number[value] = number = _strings.Count;
        }
        Write(number);
    }

    public void Write(int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        _fields.AddRange(bytes);
    }

    public void Write(long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        _fields.AddRange(bytes);
    }

    public void Write(short value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(short)];
        BinaryPrimitives.WriteInt16LittleEndian(bytes, value);
        _fields.AddRange(bytes);
    }

    public void Write(bool value) => _fields.Add(value ? (byte)1 : (byte)0);

    /// <summary>The chunk: the string count, each string's end in the UTF-8 text, the text, then the fields.</summary>
    public byte[] ToArray()
    {
        var ends = new int[_strings.Count];
        var total = 0;
        for (var i = 0; i < _strings.Count; i++) ends[i] = total += Encoding.UTF8.GetByteCount(_strings[i]);
        var chunk = new byte[sizeof(int) * (1 + ends.Length) + total + _fields.Count];
        var span = chunk.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(span, ends.Length);
        for (var i = 0; i < ends.Length; i++) BinaryPrimitives.WriteInt32LittleEndian(span[(sizeof(int) * (1 + i))..], ends[i]);
        var at = sizeof(int) * (1 + ends.Length);
        foreach (var value in _strings) at += Encoding.UTF8.GetBytes(value, span[at..]);
        _fields.CopyTo(chunk, at);
        return chunk;
    }
}
