using System.Buffers.Binary;
using System.Text;

namespace StaticNews.Caching;

/// <summary>
/// Reads a chunk <see cref="CacheChunkWriter"/> wrote, field by field in the same order. The
/// string table is checked up front and each string decoded the first time it is asked for, once:
/// a key the reader's owner already holds (<see cref="ReadKey"/>) is never decoded at all. A chunk
/// that does not hold what is asked of it (cut short, a string number out of range) throws a
/// <see cref="FormatException"/>.
/// </summary>
public sealed class CacheChunkReader
{
    // Longest key looked up in place, on the stack; a longer one (never a content hash) is decoded.
    private const int MaxKeyLength = 128;

    private readonly ReadOnlyMemory<byte> _chunk;
    private readonly string?[] _strings;
    private readonly int _ends;
    private readonly int _textStart;
    private int _at;

    public CacheChunkReader(ReadOnlyMemory<byte> chunk)
    {
        _chunk = chunk;
        var span = chunk.Span;
        var count = BinaryPrimitives.ReadInt32LittleEndian(Take(span, sizeof(int)));
        if (count < 0 || count > (span.Length - _at) / sizeof(int)) throw new FormatException("string count out of range");
        _ends = _at;
        var ends = span.Slice(_at, count * sizeof(int));
        _at += ends.Length;
        _textStart = _at;
        _strings = new string?[count + 1];
        var start = 0;
        for (var i = 0; i < count; i++)
        {
            var end = BinaryPrimitives.ReadInt32LittleEndian(ends[(i * sizeof(int))..]);
            if (end < start || end > span.Length - _textStart) throw new FormatException("string end out of range");
            start = end;
        }
        _at = _textStart + start;
    }

    public bool AtEnd => _at == _chunk.Length;

    public string? ReadString()
    {
        var number = ReadNumber();
        return number == 0 ? null : _strings[number] ??= Encoding.UTF8.GetString(Text(number));
    }

    public string ReadRequiredString() => ReadString() ?? throw new FormatException("a required string is missing");

    /// <summary>
    /// A string, as <see cref="ReadString"/>; when <paramref name="known"/> holds an equal one,
    /// that one, so a string the owner already has (a content hash or a seed's name from a
    /// listing) costs no string of its own.
    /// </summary>
    public string? ReadString(HashSet<string>? known)
    {
        var number = ReadNumber();
        if (number == 0) return null;
        if (_strings[number] is { } decoded) return decoded;
        var text = Text(number);
        if (known != null && text.Length <= MaxKeyLength)
        {
            Span<char> chars = stackalloc char[MaxKeyLength];
            var length = Encoding.UTF8.GetChars(text, chars);
            if (known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars[..length], out var held)) return _strings[number] = held;
        }
        return _strings[number] = Encoding.UTF8.GetString(text);
    }

    /// <summary>A required string, as <see cref="ReadRequiredString"/>, taken from <paramref name="known"/> as <see cref="ReadString(HashSet{string})"/> does.</summary>
    public string ReadKey(HashSet<string>? known) => ReadString(known) ?? throw new FormatException("a required string is missing");

    private int ReadNumber()
    {
        var number = ReadInt32();
        if (number < 0 || number >= _strings.Length) throw new FormatException("string number out of range");
        return number;
    }

    // The bytes of string number (from 1; 0 is null): from the end of the one before to its own.
    private ReadOnlySpan<byte> Text(int number)
    {
        var span = _chunk.Span;
        var start = number == 1 ? 0 : BinaryPrimitives.ReadInt32LittleEndian(span[(_ends + (number - 2) * sizeof(int))..]);
        var end = BinaryPrimitives.ReadInt32LittleEndian(span[(_ends + (number - 1) * sizeof(int))..]);
        return span.Slice(_textStart + start, end - start);
    }

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
