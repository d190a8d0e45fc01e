using System.Text;
using StaticNews.Text;

namespace StaticNews.Output;

/// <summary>
/// The key an output file was made from, as the output manifest keeps it. Page keys are 128-bit
/// hashes in lower-case hex: those are kept as two numbers instead of a 32-character string per
/// file; any other key (a few shared names, such as the search index's content key) as its text.
/// A default value is no key.
/// </summary>
public readonly struct OutputKey : IEquatable<OutputKey>
{
    /// <summary>The length of a page key's text: 128 bits in hex.</summary>
    public const int PageKeyLength = 32;

    /// <summary>Marks a key held as <see cref="_high"/> and <see cref="_low"/>; otherwise the key's text, or null for none.</summary>
    private static readonly string HexForm = new('\0', 1);

    private readonly ulong _high;
    private readonly ulong _low;
    private readonly string? _text;

    private OutputKey(ulong high, ulong low)
    {
        _high = high;
        _low = low;
        _text = HexForm;
    }

    private OutputKey(string text) => _text = text;

    public static OutputKey None => default;

    public bool IsNone => _text == null;

    /// <summary>The key for <paramref name="key"/> (null for none).</summary>
    public static OutputKey Of(string? key)
        => key == null ? default : TryHex(key, out var hex) ? hex : new OutputKey(key);

    /// <summary>
    /// The key for <paramref name="key"/>, a non-hex key's text taken from <paramref name="texts"/>:
    /// a manifest read from its file shares one string for each such key rather than one per line.
    /// </summary>
    public static OutputKey Of(ReadOnlySpan<char> key, TextPool texts)
    {
        if (key.IsEmpty) return default;
        if (TryHex(key, out var hex)) return hex;
        return new OutputKey(texts.Get(key));
    }

    /// <summary>
    /// The key of a page key's hex as the UTF-8 bytes of a manifest line hold it, read as its two
    /// numbers without decoding the bytes to text; false for any other key.
    /// </summary>
    public static bool TryHex(ReadOnlySpan<byte> utf8, out OutputKey key)
    {
        Span<ulong> words = stackalloc ulong[2];
        var read = HexWords.TryRead(utf8, words);
        key = read ? new OutputKey(words[0], words[1]) : default;
        return read;
    }

    /// <summary>True when this is the key <paramref name="key"/> stands for.</summary>
    public bool Is(string? key)
    {
        if (key == null) return IsNone;
        if (IsNone) return false;
        if (ReferenceEquals(_text, HexForm)) return TryHex(key, out var hex) && hex._high == _high && hex._low == _low;
        return _text == key;
    }

    public bool Equals(OutputKey other)
        => ReferenceEquals(_text, HexForm) ? ReferenceEquals(other._text, HexForm) && _high == other._high && _low == other._low
            : !ReferenceEquals(other._text, HexForm) && _text == other._text;

    public override bool Equals(object? obj) => obj is OutputKey other && Equals(other);

    public override int GetHashCode() => ReferenceEquals(_text, HexForm) ? HashCode.Combine(_high, _low) : _text?.GetHashCode(StringComparison.Ordinal) ?? 0;

    public static bool operator ==(OutputKey left, OutputKey right) => left.Equals(right);

    public static bool operator !=(OutputKey left, OutputKey right) => !left.Equals(right);

    /// <summary>The key's text, or null for none.</summary>
    public override string? ToString()
        => ReferenceEquals(_text, HexForm) ? string.Create(PageKeyLength, this, static (chars, key) => key.FormatHex(chars)) : _text;

    /// <summary>The bytes the key's text takes in UTF-8 (<see cref="FormatUtf8"/>).</summary>
    public int Utf8Length => ReferenceEquals(_text, HexForm) ? PageKeyLength : _text == null ? 0 : Encoding.UTF8.GetByteCount(_text);

    /// <summary>Writes the key's text in UTF-8 (nothing for none) into <paramref name="destination"/>, which holds <see cref="Utf8Length"/> bytes; the bytes written.</summary>
    public int FormatUtf8(Span<byte> destination)
    {
        if (!ReferenceEquals(_text, HexForm)) return _text == null ? 0 : Encoding.UTF8.GetBytes(_text, destination);
        HexWords.Write([_high, _low], destination);
        return PageKeyLength;
    }

    private void FormatHex(Span<char> chars) => HexWords.Write([_high, _low], chars);

    private static bool TryHex(ReadOnlySpan<char> text, out OutputKey key)
    {
        Span<ulong> words = stackalloc ulong[2];
        var read = HexWords.TryRead(text, words);
        key = read ? new OutputKey(words[0], words[1]) : default;
        return read;
    }
}
