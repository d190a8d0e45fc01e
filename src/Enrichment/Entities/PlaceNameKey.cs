using StaticNews.Text;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// The form place names are compared in: lower case, hyphens and runs of spaces as one space,
/// so "Nagorno-Karabakh", "Nagorno Karabakh" and "NAGORNO-KARABAKH" are one key.
/// </summary>
public static class PlaceNameKey
{
    public static string Of(string name)
    {
        var buffer = name.Length <= 256 ? stackalloc char[name.Length + 1] : new char[name.Length + 1];
        return new string(buffer[..Append(buffer, 0, name)]);
    }

    /// <summary>
    /// Appends the key of <paramref name="text"/> to the key <c>key[..length]</c> as if the two were
    /// joined by a space, and returns the new length; <paramref name="key"/> needs room for
    /// <c>text.Length + 1</c> more characters. Built word by word, the key of a run of tokens
    /// costs no string: the recogniser looks up every candidate run this way.
    /// </summary>
    public static int Append(Span<char> key, int length, ReadOnlySpan<char> text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsSeparator(text[i])) continue;
            if (i > start)
            {
                if (length > 0) key[length++] = ' ';
                // Invariant lower-casing maps char by char, so a part lowered alone equals the same part of the lowered whole.
                length += InvariantLower.Into(text[start..i], key[length..]);
            }
            start = i + 1;
        }
        return length;
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or '‐' or '–';
}
