using System.Buffers;
using System.Text;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// The text of one bundled UTF-8 file (<see cref="BundledData"/>), decoded at once into a pooled
/// buffer and read line by line as spans: a loader makes a string only of what it keeps, and the
/// line count sizes its tables before they fill.
/// </summary>
internal sealed class BundledText : IDisposable
{
    private char[]? _chars;
    private readonly int _length;
    private int _position;

    private BundledText(char[] chars, int length)
    {
        _chars = chars;
        _length = length;
    }

    public static BundledText Open(string name, string what)
    {
        using var stream = BundledData.Open(name, what);
        var size = checked((int)stream.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            stream.ReadExactly(bytes, 0, size);
            ReadOnlySpan<byte> utf8 = bytes.AsSpan(0, size);
            // A byte order mark is no text, as for a StreamReader.
            if (utf8.StartsWith(Encoding.UTF8.Preamble)) utf8 = utf8[Encoding.UTF8.Preamble.Length..];
            var chars = ArrayPool<char>.Shared.Rent(Math.Max(utf8.Length, 1));
            return new BundledText(chars, Encoding.UTF8.GetChars(utf8, chars));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The whole text.</summary>
    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, _length);

    /// <summary>At least as many as the lines the file has.</summary>
    public int MaxLines => Chars.Count('\n') + Chars.Count('\r') + 1;

    /// <summary>The next line, as <see cref="TextReader.ReadLine"/> splits them; false at the end.</summary>
    public bool TryReadLine(out ReadOnlySpan<char> line) => TryReadLine(Chars, ref _position, out line);

    /// <summary>The next line of <paramref name="text"/> from <paramref name="position"/>, ended by \n, \r or \r\n as <see cref="TextReader.ReadLine"/> ends them.</summary>
    public static bool TryReadLine(ReadOnlySpan<char> text, ref int position, out ReadOnlySpan<char> line)
    {
        if (position >= text.Length)
        {
            line = default;
            return false;
        }
        var rest = text[position..];
        var end = rest.IndexOfAny('\r', '\n');
        if (end < 0)
        {
            line = rest;
            position = text.Length;
            return true;
        }
        line = rest[..end];
        position += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
        return true;
    }

    /// <summary>The next line of a word list that holds a word: not empty, not a '#' comment.</summary>
    public bool TryReadWord(out ReadOnlySpan<char> word)
    {
        while (TryReadLine(out word))
            if (word.Length > 0 && word[0] != '#') return true;
        return false;
    }

    public void Dispose()
    {
        if (_chars is { } chars) ArrayPool<char>.Shared.Return(chars);
        _chars = null;
    }
}
