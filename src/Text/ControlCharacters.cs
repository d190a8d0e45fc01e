using System.Buffers;
using System.Globalization;
using System.Text;

namespace StaticNews.Text;

/// <summary>
/// Makes text that HTML, XML (feeds, sitemap) and JSON can all hold. XML 1.0 cannot hold C0
/// control characters other than tab and newline, nor U+FFFE/U+FFFF or a lone surrogate (an
/// XmlWriter throws on them); HTML calls C1 controls and noncharacters parse errors. Ingest and
/// load both clean through here, so a wire text and a hand-written Markdown file are held to one rule:
/// <list type="bullet">
/// <item>C1 characters (U+0080–U+009F) are almost always a Windows-1252 file read as Latin-1:
/// each becomes the character Windows-1252 has for that byte (U+0096 → "–"); the five bytes it
/// leaves undefined are removed.</item>
/// <item>Vertical tab and form feed separate text: each becomes a space.</item>
/// <item>Everything else of the kind (NUL, BEL, ESC, DEL, …, noncharacters, lone surrogates) is removed.</item>
/// </list>
/// Carriage returns are left alone: every format holds them, and callers normalise line ends themselves.
/// </summary>
public static class ControlCharacters
{
    /// <summary>Lines named one by one in a warning; the rest are counted.</summary>
    public const int LinesNamed = 5;

    // Windows-1252's characters for bytes 0x80–0x9F; '\0' where it has none.
    private const string Windows1252 = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    private static readonly SearchValues<char> Suspects = SearchValues.Create(SuspectCharacters());

    /// <summary>Every character <see cref="Clean"/> may change or remove (C0 controls but tab, newline and carriage return; DEL and C1; noncharacters; surrogates, looked at pair by pair).</summary>
    internal static string SuspectCharacters()
    {
        var suspects = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
            if (c is not ('\t' or '\n' or '\r')) suspects.Append(c);
        for (var c = '\u007F'; c <= '\u009F'; c++) suspects.Append(c);
        for (var c = '\uFDD0'; c <= '\uFDEF'; c++) suspects.Append(c);
        for (var c = '\uD800'; c <= '\uDFFF'; c++) suspects.Append(c); // pairs are looked at one by one
        suspects.Append('\uFFFE').Append('\uFFFF');
        return suspects.ToString();
    }

    /// <summary>True when <paramref name="text"/> has nothing to clean (checked a vector at a time: the usual answer costs little).</summary>
    public static bool IsClean(string text) => FirstUnsafe(text, 0) < 0;

    /// <summary>The text cleaned, and what was done on which line; the same string object when nothing needed doing.</summary>
    public static CleanedText Clean(string text)
    {
        var first = FirstUnsafe(text, 0);
        if (first < 0) return new CleanedText(text, [], 0);

        var result = new StringBuilder(text.Length);
        var lines = new List<CleanedLine>();
        var otherLines = 0;
        var line = 1;
        var lineCounted = 0; // newlines counted up to here
        var done = new SortedDictionary<string, int>(StringComparer.Ordinal); // what was done on the current line
        var doneLine = 0;

        void Flush()
        {
            if (done.Count == 0) return;
            if (lines.Count < LinesNamed) lines.Add(new CleanedLine(doneLine, Describe(done)));
            else otherLines++;
            done.Clear();
        }

        var copied = 0;
        for (var at = first; at >= 0; at = FirstUnsafe(text, at))
        {
            line += text.AsSpan(lineCounted, at - lineCounted).Count('\n');
            lineCounted = at;
            var c = text[at];
            if (char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
            {
                // FirstUnsafe stops at a pair only for one of the planes' two noncharacters (U+1FFFE, …).
                var scalar = char.ConvertToUtf32(c, text[at + 1]);
                result.Append(text, copied, at - copied);
                Note(done, $"removed U+{scalar:X4}", line, ref doneLine, Flush);
                at += 2;
                copied = at;
                continue;
            }
            result.Append(text, copied, at - copied);
            var replacement = Replacement(c);
            if (replacement != '\0')
            {
                result.Append(replacement);
                Note(done, c is '\v' or '\f' ? $"U+{(int)c:X4} made a space" : $"U+{(int)c:X4} read as Windows-1252 “{replacement}”", line, ref doneLine, Flush);
            }
            else
            {
                Note(done, $"removed U+{(int)c:X4}", line, ref doneLine, Flush);
            }
            at++;
            copied = at;
        }
        result.Append(text, copied, text.Length - copied);
        Flush();
        return new CleanedText(result.ToString(), lines, otherLines);
    }

    /// <summary>
    /// Warnings for a cleaned text: one per line named, and one counting the other lines. Lines
    /// of a class, not (line, message) tuples: a list of a tuple is generic code in no ReadyToRun
    /// image, compiled anew in every build that ingests an article.
    /// </summary>
    public static List<CleanedLine> Warnings(CleanedText cleaned)
    {
        var warnings = new List<CleanedLine>(cleaned.Lines);
        if (cleaned.OtherLines > 0)
        {
            var last = cleaned.Lines[^1].Line;
            warnings.Add(new CleanedLine(last, string.Create(CultureInfo.InvariantCulture, $"and {cleaned.OtherLines} more lines after this one held control characters; they were cleaned the same way")));
        }
        return warnings;
    }

    private static void Note(SortedDictionary<string, int> done, string what, int line, ref int doneLine, Action flush)
    {
        if (done.Count > 0 && doneLine != line) flush();
        doneLine = line;
        done[what] = done.GetValueOrDefault(what) + 1;
    }

    private static string Describe(SortedDictionary<string, int> done)
        => "held characters no web page or feed can hold: "
           + string.Join(", ", done.Select(d => d.Value == 1 ? d.Key : string.Create(CultureInfo.InvariantCulture, $"{d.Key} ({d.Value}×)")));

    private static char Replacement(char c) => c switch
    {
        '\v' or '\f' => ' ',
        >= '\u0080' and <= '\u009F' => Windows1252[c - 0x80],
        _ => '\0',
    };

    private static int FirstUnsafe(string text, int from)
    {
        var span = text.AsSpan(from);
        while (true)
        {
            var found = span.IndexOfAny(Suspects);
            if (found < 0) return -1;
            var at = text.Length - span.Length + found;
            var c = text[at];
            // A well-formed pair outside the noncharacters is fine: skip it here, so a text in any script costs one scan.
            if (char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1])
                && (char.ConvertToUtf32(c, text[at + 1]) & 0xFFFE) != 0xFFFE)
            {
                span = span[(found + 2)..];
                continue;
            }
            return at;
        }
    }
}
