namespace StaticNews.Text;

/// <summary>
/// Invariant lower-casing with the framework's result, character for character, but without a
/// call into ICU for the letters European news is written in: the framework lower-cases only
/// ASCII on its own and asks ICU for every word with an æ, ø or å in it, a call per word of every
/// seed the entity tagger reads. Below <see cref="Covered"/> a table made from the
/// framework's own mapping answers; text with any character above it is left to the framework.
/// (Invariant lower-casing maps one UTF-16 unit to one, so a table per character is exact.)
/// </summary>
public static class InvariantLower
{
    /// <summary>Characters below this (Latin, Greek, Cyrillic, Armenian) are looked up in the table.</summary>
    public const char Covered = '\u0600';

    private static readonly char[] Table = MakeTable();

    private static char[] MakeTable()
    {
        var table = new char[Covered];
        for (var c = 0; c < table.Length; c++) table[c] = char.ToLowerInvariant((char)c);
        return table;
    }

    /// <summary><c>text.ToLowerInvariant()</c>: the same string when nothing changes.</summary>
    public static string Of(string text)
    {
        var table = Table;
        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= Covered) return text.ToLowerInvariant();
            if (table[c] != c) break;
        }
        if (i == text.Length) return text;
        foreach (var c in text.AsSpan(i))
            if (c >= Covered) return text.ToLowerInvariant();
        return string.Create(text.Length, text, static (destination, source) => Into(source, destination));
    }

    /// <summary>
    /// Writes <c>source.ToLowerInvariant(destination)</c>'s characters; <paramref name="destination"/>
    /// is at least as long as <paramref name="source"/>. Returns the number written (the source's length).
    /// </summary>
    public static int Into(ReadOnlySpan<char> source, Span<char> destination)
    {
        var table = Table;
        destination = destination[..source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c >= Covered) return source.ToLowerInvariant(destination);
            destination[i] = table[c];
        }
        return source.Length;
    }
}
