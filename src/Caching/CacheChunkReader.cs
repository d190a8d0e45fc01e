using System.Buffers.Binary;
using System.Text;

namespace StaticNews.Caching;

/// <summary>
/// Reads a chunk <see cref="CacheChunkWriter"/> wrote, field by field in the same order. Every
/// string of the table is decoded up front, once. A chunk that does not hold what is asked of it
/// (cut short, a string number out of range) throws a <see cref="FormatException"/>.
/// </summary>
public sealed class CacheChunkReader
{
    private readonly ReadOnlyMemory<byte> _chunk;
    private readonly string[] _strings;
    private int _at;

    public CacheChunkReader(ReadOnlyMemory<byte> chunk)
    {
        _chunk = chunk;
        var span = chunk.Span;
        var count = BinaryPrimitives.ReadInt32LittleEndian(Take(span, sizeof(int)));
        if (count < 0 || count > (span.Length - _at) / sizeof(int)) throw new FormatException("string count out of range");
        var ends = span.Slice(_at, count * sizeof(int));
        _at += ends.Length;
        var textStart = _at;
        _strings = new string[count + 1];
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            var end = BinaryPrimitives.ReadInt32LittleEndian(ends[(i * sizeof(int))..]);
            if (end < start || end > span.Length - textStart) throw new FormatException("string end out of range");
            _strings[i + 1] = Encoding.UTF8.GetString(span.Slice(textStart + start, end - start));
            start = end;
        }
        _at = textStart + start;
    }

    public bool AtEnd => _at == _chunk.Length;

    public string? ReadString()
    {
        var number = ReadInt32();
        if (number < 0 || number >= _strings.Length) throw new FormatException("string number out of range");
        return _strings[number];
    }

    public string ReadRequiredString() => ReadString() ?? throw new FormatException("a required string is missing");

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(_chunk.Span, sizeof(int)));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(_chunk.Span, sizeof(long)));

    public short ReadInt16() => BinaryPrimitives.ReadInt16LittleEndian(Take(_chunk.Span, sizeof(short)));

    public bool ReadBoolean() => Take(_chunk.Span, 1)[0] != 0;

    private ReadOnlySpan<byte> Take(ReadOnlySpan<byte> span, int length)
    {
        if (span.Length - _at < length) throw new FormatException("chunk cut short");
        var taken = span.Slice(_at, length);
        _at += length;
        return taken;
    }
}
