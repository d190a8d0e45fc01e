using System.Globalization;

namespace StaticNews.Text;

/// <summary>
/// What one article's Markdown may ask of the parser, checked in a single pass before Markdig
/// sees it. Markdig recurses into nested blocks and inlines (it gives up past its own depth limit,
/// and the search index's walk of the tree recurses too) and a list nested thousands deep costs it
/// minutes; text like that is never an article. So nesting of block quotes and lists, open brackets
/// and emphasis in a paragraph, runs of one delimiter and the body's size each have a budget far
/// above what a news article uses, and a body over one is refused in milliseconds with the line
/// where it went over, instead of being parsed.
/// </summary>
public static class MarkdownBudget
{
    /// <summary>The size of a body, in characters: twice the largest seed ingest reads (2 MB), so its Markdown escapes never take a seed over.</summary>
    public const int MaxChars = 4_000_000;

    /// <summary>Block quotes and list items inside each other.</summary>
    public const int MaxBlockDepth = 32;

    /// <summary>Brackets, or emphasis openers, open at once in one paragraph.</summary>
    public const int MaxInlineDepth = 32;

    /// <summary>One delimiter character in a row (<c>*</c>, <c>_</c>, <c>~</c>, backticks) within text; a line of nothing else is a rule or a fence.</summary>
    public const int MaxDelimiterRun = 64;

    /// <summary>Throws <see cref="MarkdownBudgetException"/> when <paramref name="markdown"/> goes over a budget.</summary>
    public static void Check(string markdown)
    {
        if (Exceeded(markdown) is { } over) throw new MarkdownBudgetException(over.Line, over.Reason);
    }

    /// <summary>Where <paramref name="markdown"/> first goes over a budget (its 1-based line and why), or null when it keeps to all of them.</summary>
    public static (int Line, string Reason)? Exceeded(string markdown)
    {
        if (markdown.Length > MaxChars)
            return (1, string.Create(CultureInfo.InvariantCulture, $"the article body is {markdown.Length / 1e6:0.0} million characters, more than the {MaxChars / 1_000_000} million an article can be"));
        var line = 0;
        var brackets = 0;
        var emphasis = 0;
        foreach (var range in markdown.AsSpan().Split('\n'))
        {
            line++;
            var text = markdown.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            if (text.IsWhiteSpace())
            {
                // A blank line ends the paragraph: what it left open closes with it.
                brackets = emphasis = 0;
                continue;
            }
            var depth = BlockDepth(text);
            if (depth > MaxBlockDepth)
                return (line, $"block quotes and lists are nested {depth} deep here, more than the {MaxBlockDepth} an article may nest");
            if (Inline(text, ref brackets, ref emphasis) is { } reason) return (line, reason);
        }
        return null;
    }

    /// <summary>
    /// How many containers a line opens or continues: each <c>&gt;</c> and list marker at its start,
    /// and, when it starts with one, the containers its indentation stands for (two columns each,
    /// the least a list item indents its content). Indented text that opens nothing is code or a
    /// continuation and counts nothing.
    /// </summary>
    private static int BlockDepth(ReadOnlySpan<char> line)
    {
        var columns = 0;
        var at = 0;
        for (; at < line.Length && line[at] is ' ' or '\t'; at++) columns += line[at] == '\t' ? 4 - columns % 4 : 1;
        var markers = 0;
        while (at < line.Length)
        {
            var c = line[at];
            if (c == '>')
            {
                markers++;
                at++;
            }
            else if (c is '-' or '+' or '*' && (at + 1 == line.Length || line[at + 1] is ' ' or '\t'))
            {
                markers++;
                at += 2;
            }
            else if (char.IsAsciiDigit(c))
            {
                var end = at;
                while (end < line.Length && end - at < 10 && char.IsAsciiDigit(line[end])) end++;
                if (end < line.Length && line[end] is '.' or ')' && (end + 1 == line.Length || line[end + 1] is ' ' or '\t'))
                {
                    markers++;
                    at = end + 2;
                }
                else break;
            }
            else break;
            while (at < line.Length && line[at] is ' ' or '\t') at++;
        }
        return markers == 0 ? 0 : markers + columns / 2;
    }

    private static string? Inline(ReadOnlySpan<char> line, ref int brackets, ref int emphasis)
    {
        var onlyDelimiters = IsRuleOrFence(line);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case '\\':
                    i++; // an escaped character is text
                    break;
                case '[':
                    if (++brackets > MaxInlineDepth)
                        return $"more than {MaxInlineDepth} brackets are open at once in this paragraph";
                    break;
                case ']':
                    if (brackets > 0) brackets--;
                    break;
                case '*' or '_' or '~' or '`':
                    var start = i;
                    while (i + 1 < line.Length && line[i + 1] == c) i++;
                    var run = i - start + 1;
                    if (onlyDelimiters) break;
                    if (run > MaxDelimiterRun)
                        return string.Create(CultureInfo.InvariantCulture, $"a run of {run} '{c}' in a row, more than the {MaxDelimiterRun} an article may use");
                    if (c == '`') break;
                    var before = start == 0 || char.IsWhiteSpace(line[start - 1]);
                    var after = i + 1 == line.Length || char.IsWhiteSpace(line[i + 1]);
                    // Left-flanking only opens emphasis, right-flanking only closes it; a run inside a word does neither for certain.
                    if (before && !after)
                    {
                        if (++emphasis > MaxInlineDepth)
                            return $"more than {MaxInlineDepth} emphasis markers are open at once in this paragraph";
                    }
                    else if (!before && after && emphasis > 0) emphasis--;
                    break;
            }
        }
        return null;
    }

    // A thematic break (*** or _ _ _: one delimiter character and spaces) or a code fence (a run of three or more backticks or tildes, then its info string).
    private static bool IsRuleOrFence(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length >= 3 && trimmed[0] is '`' or '~' && trimmed[1] == trimmed[0] && trimmed[2] == trimmed[0]) return true;
        foreach (var c in trimmed)
            if (c != trimmed[0] && c is not (' ' or '\t')) return false;
        return true;
    }
}
