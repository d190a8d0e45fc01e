using System.Globalization;
using System.Text;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// The few XML forms a sitemap is made of (declaration, elements, text), written as UTF-8 bytes
/// exactly as an XmlWriter with default settings writes them: <c>&amp;</c>, <c>&lt;</c> and
/// <c>&gt;</c> escaped, line breaks as the platform's new line, a character XML cannot hold
/// refused. Made without a buffer (<c>null</c>) it only counts, so a file can be measured first
/// and then written into an array of its exact size.
/// </summary>
internal sealed class SitemapXml(byte[]? bytes)
{
    private int _length;

    /// <summary>The bytes written (or counted) so far.</summary>
    public int Length => _length;

    /// <summary>What was written: the whole array, when it was made to the measured length.</summary>
    public byte[] Bytes => bytes != null && _length == bytes.Length ? bytes : throw new InvalidOperationException("the sitemap was not written to its measured length");

    public void Declaration() => Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8);

    /// <summary>An element's start tag declaring the default namespace (names are ASCII, as UTF-8 literals).</summary>
    public void Start(ReadOnlySpan<byte> name, ReadOnlySpan<byte> xmlns)
    {
        Raw("<"u8);
        Raw(name);
        Raw(" xmlns=\""u8);
        Raw(xmlns);
        Raw("\">"u8);
    }

    public void Start(ReadOnlySpan<byte> name)
    {
        Raw("<"u8);
        Raw(name);
        Raw(">"u8);
    }

    public void End(ReadOnlySpan<byte> name)
    {
        Raw("</"u8);
        Raw(name);
        Raw(">"u8);
    }

    /// <summary>An element holding the text <paramref name="head"/> followed by <paramref name="tail"/> (an address: the site's, then a path in it).</summary>
    public void Element(ReadOnlySpan<byte> name, string head, ReadOnlySpan<char> tail)
    {
        if (head.Length + tail.Length == 0)
        {
            Raw("<"u8);
            Raw(name);
            Raw(" />"u8);
            return;
        }
        Start(name);
        // Escaped as one text, so a line break split between the two is still one.
        var length = head.Length + tail.Length;
        var rented = length > 512 ? System.Buffers.ArrayPool<char>.Shared.Rent(length) : null;
        var text = rented != null ? rented.AsSpan(0, length) : stackalloc char[length];
        head.CopyTo(text);
        tail.CopyTo(text[head.Length..]);
        Text(text);
        if (rented != null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        End(name);
    }

    /// <summary>An element holding a UTC moment as yyyy-MM-ddTHH:mm:ssZ.</summary>
    public void Element(ReadOnlySpan<byte> name, DateTime utc)
    {
        Start(name);
        Span<byte> date = stackalloc byte[20];
        // "s" is yyyy-MM-ddTHH:mm:ss whatever the culture.
        if (!utc.TryFormat(date, out var written, "s", CultureInfo.InvariantCulture)) throw new InvalidOperationException("a date did not fit its 19 characters");
        date[written++] = (byte)'Z';
        Raw(date[..written]);
        End(name);
    }

    // Characters written as they are, one byte each: every URL a site makes is of these only.
    private static readonly System.Buffers.SearchValues<char> Plain = System.Buffers.SearchValues.Create(
        " !\"#$%'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u007f");

    private void Text(ReadOnlySpan<char> text)
    {
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var plain = text[i..].IndexOfAnyExcept(Plain);
            if (plain != 0)
            {
                var run = plain < 0 ? text[i..] : text.Slice(i, plain);
                if (bytes != null) System.Text.Ascii.FromUtf16(run, bytes.AsSpan(_length), out _);
                _length += run.Length;
                i += run.Length;
                if (i == text.Length) return;
            }
            var c = text[i];
            switch (c)
            {
                case '&': Raw("&amp;"u8); break;
                case '<': Raw("&lt;"u8); break;
                case '>': Raw("&gt;"u8); break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                    Raw(NewLine);
                    break;
                case '\t': Byte((byte)c); break;
                case < ' ': throw Unfit(text, c);
                case < (char)0x80: Byte((byte)c); break;
                default:
                    if (Rune.DecodeFromUtf16(text[i..], out var rune, out var used) != System.Buffers.OperationStatus.Done || rune.Value is 0xFFFE or 0xFFFF)
                        throw Unfit(text, c);
                    Raw(utf8[..rune.EncodeToUtf8(utf8)]);
                    i += used - 1;
                    break;
            }
        }
    }

    private static ArgumentException Unfit(ReadOnlySpan<char> text, char c)
        => new($"the sitemap cannot hold '{text}': U+{(int)c:X4} is not a character XML allows");

    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Environment.NewLine);

    private void Byte(byte value)
    {
        if (bytes != null) bytes[_length] = value;
        _length++;
    }

    private void Raw(ReadOnlySpan<byte> value)
    {
        if (bytes != null) value.CopyTo(bytes.AsSpan(_length));
        _length += value.Length;
    }
}
