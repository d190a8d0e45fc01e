using System.Buffers;
using System.Text;

namespace StaticNews.Ingest;

/// <summary>
/// Escapes plain wire text so that Markdown renders it as exactly the same text: a paragraph
/// starting "- " (a dash quote), "1. maj", "# " or "> " stays a paragraph, and `*`, `_`, `[`,
/// `&lt;`, `{{` never become emphasis, links, HTML or template code.
/// </summary>
public static class MarkdownEscaper
{
    // The characters that can open or close an inline construct in the Markdig pipeline we use
    // (emphasis, code, links, autolinks, pipe tables, strikethrough) plus the braces of Liquid.
    // Kept to this set, not all punctuation, so the Markdown stays pleasant for an editor to read.
    private static readonly SearchValues<char> InlineSpecials = SearchValues.Create("\\`*_{}[]<|~");

    // Past the first character only these can need a backslash (an inline special, or the & of an entity).
    private static readonly SearchValues<char> Attention = SearchValues.Create("\\`*_{}[]<|~&");

    /// <summary>Escapes one paragraph or heading text (a single line: inner newlines become spaces).</summary>
    public static string Escape(string text)
    {
        var line = text.Contains('\n')
            ? string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            : text.Trim();
        var builder = new StringBuilder(line.Length + 16);
        for (var i = 0; i < line.Length; i++)
        {
            if (i > 0)
            {
                // Every article's every paragraph passes here: the characters that need nothing go in runs.
                var run = line.AsSpan(i).IndexOfAny(Attention);
                if (run < 0)
                {
                    builder.Append(line, i, line.Length - i);
                    break;
                }
                builder.Append(line, i, run);
                i += run;
            }
            var c = line[i];
            if (InlineSpecials.Contains(c) || (i == 0 && IsBlockStarter(line)) || IsEntityStart(line, i))
                builder.Append('\\');
            builder.Append(c);
            if (i == 0 && char.IsAsciiDigit(c))
                AppendOrderedListGuard(line, ref i, builder);
        }
        return builder.ToString();
    }

    // "&amp;" or "&#64;" would render as the character it names, not as the text.
    private static bool IsEntityStart(string line, int i)
        => line[i] == '&' && i + 1 < line.Length && (char.IsAsciiLetter(line[i + 1]) || line[i + 1] == '#');

    // "-", "+", "*", ">", "#", "=" at the start of a line make lists, quotes, headings or
    // setext underlines.
    private static bool IsBlockStarter(string line) => line[0] is '-' or '+' or '*' or '>' or '#' or '=';

    // "1. maj" or "2) punkt" would start an ordered list: escape the dot or parenthesis after
    // the leading digits.
    private static void AppendOrderedListGuard(string line, ref int i, StringBuilder builder)
    {
        var j = i + 1;
        while (j < line.Length && char.IsAsciiDigit(line[j])) j++;
        if (j >= line.Length || line[j] is not ('.' or ')')) return;
        builder.Append(line, i + 1, j - i - 1);
        builder.Append('\\').Append(line[j]);
        i = j;
    }
}
