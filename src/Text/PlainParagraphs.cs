using System.Buffers;
using System.Text;

namespace StaticNews.Text;

/// <summary>
/// A Markdown body that is nothing but paragraphs of plain text, read without a Markdown parser:
/// what ingest writes (paragraphs, a dash escaped at the start of a quote) is nearly every
/// article, and a parse of it made a tree of objects per paragraph twice over (the page and the
/// search entry). A body qualifies only where Markdown could read it no other way: every line is
/// empty or starts with a letter or a backslash escape, ends in no whitespace and holds no
/// character that starts any other Markdown construct (emphasis, code, links, entities, tables,
/// raw HTML) nor any character <see cref="ControlCharacters"/> would clean (so the result needs no cleaning); a backslash escapes only ASCII punctuation. Anything else
/// gets null, and the caller parses the body as before; what this writes for a body it accepts is
/// what Markdig writes for it, to the character (the tests compare the two), and it keeps to every
/// <see cref="MarkdownBudget"/> (nothing nests, no bracket or delimiter is open) but the size, which is checked here.
/// </summary>
public static class PlainParagraphs
{
    /// <summary>The body as HTML, each paragraph <c>&lt;p&gt;…&lt;/p&gt;</c> on its own line, its lines kept; null when it is more than plain paragraphs.</summary>
    public static string? ToHtml(string markdown) => Write(markdown, html: true);

    /// <summary>The body's words: each paragraph a line, its lines joined by a space, escapes resolved; null when it is more than plain paragraphs.</summary>
    public static string? ToText(string markdown) => Write(markdown, html: false);

    // What a line's text is searched for, a vector at a time: a backslash or a quote (handled), any
    // other character that starts a Markdown construct, and every character ControlCharacters
    // cleans (controls, noncharacters, surrogates, which send the body to the general path), so
    // what is written here needs no cleaning.
    private static readonly SearchValues<char> Attention = SearchValues.Create(AttentionCharacters());

    // Tab, newline and carriage return, which ControlCharacters keeps, are no plain paragraph text either.
    private static string AttentionCharacters() => "\\\"*_`~[]<>&|\t\n\r" + ControlCharacters.SuspectCharacters();

    private static string? Write(string markdown, bool html)
    {
        if (markdown.Length > MarkdownBudget.MaxChars) return null;
        var into = new StringBuilder(markdown.Length + (html ? markdown.Length / 8 : 0));
        var inParagraph = false;
        var at = 0;
        while (at <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', at);
            if (end < 0) end = markdown.Length;
            var line = markdown.AsSpan(at, end - at);
            at = end + 1;
            if (line.IsEmpty)
            {
                if (inParagraph && html) into.Append("</p>\n");
                inParagraph = false;
                continue;
            }
            if (!(char.IsLetter(line[0]) || line[0] == '\\') || char.IsWhiteSpace(line[^1]) || line[^1] == '\\') return null;
            if (inParagraph) into.Append(html ? '\n' : ' ');
            else if (html) into.Append("<p>");
            else if (into.Length > 0) into.Append('\n');
            inParagraph = true;
            while (!line.IsEmpty)
            {
                var found = line.IndexOfAny(Attention);
                if (found < 0)
                {
                    into.Append(line);
                    break;
                }
                into.Append(line[..found]);
                var c = line[found];
                if (c == '\\')
                {
                    // Not the last character of the line (checked above): the escaped one follows.
                    c = line[found + 1];
                    if (char.IsAsciiLetterOrDigit(c) || c is <= ' ' or >= '\x7f' or '|') return null;
                    Append(into, c, html);
                    line = line[(found + 2)..];
                }
                else if (c == '"')
                {
                    Append(into, c, html);
                    line = line[(found + 1)..];
                }
                else return null;
            }
        }
        if (inParagraph && html) into.Append("</p>\n");
        return into.ToString();
    }

    private static void Append(StringBuilder into, char c, bool html)
    {
        if (!html) into.Append(c);
        else if (c == '"') into.Append("&quot;");
        else if (c == '&') into.Append("&amp;");
        else if (c == '<') into.Append("&lt;");
        else if (c == '>') into.Append("&gt;");
        else into.Append(c);
    }
}
