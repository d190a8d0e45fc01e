using System.Text.RegularExpressions;
using StaticNews.Text;

using StaticNews.Content;

namespace StaticNews.Ingest;

/// <summary>
/// Reads the structure of a plain-text wire article by its shape, not its file name:
/// a Ritzau text (no title line, lead first, "- " dash quotes, ad lines, a /ritzau/ byline) and
/// a TV2 regional text (title line, Danish or ISO date line, sub-headings, lines holding a lone space,
/// a trailing "Se … hjemmeside" link stub) both come out as title?, date?, blocks, source. A lead
/// that opens with a wire dateline ("KØBENHAVN, 22. september (Ritzau) – …") keeps it in its
/// text; the dateline is reported beside it, and its agency is the source where no byline names one.
/// </summary>
public sealed partial class SeedParser(IReadOnlyList<string> boilerplate, DanishDateParser dates)
{
    private const int MaxHeadingLength = 70;
    private const int MaxTitleLineLength = 160;

    private static readonly Dictionary<string, string> KnownSources = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ritzau"] = "Ritzau", ["ap"] = "AP", ["afp"] = "AFP", ["reuters"] = "Reuters", ["dpa"] = "dpa",
        ["tt"] = "TT", ["ntb"] = "NTB", ["ritzau/reuters"] = "Ritzau/Reuters",
    };

    [GeneratedRegex(@"^/(?<name>[\p{L}][\p{L} .&/-]{0,40})/$")]
    private static partial Regex SlashByline();

    [GeneratedRegex(@"\s*\((?<name>ritzau|ap|afp|reuters|dpa)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ParenthesisByline();

    [GeneratedRegex(@"^Kilde:\s*(?<name>[\p{L}][\p{L} .&/-]{0,60}?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^(Se|Læs( mere| også)?)\s.{1,80}$")]
    private static partial Regex LinkStub();

    public ParsedSeed Parse(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var removed = new List<string>();
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            keep[i] = lines[i].Length > 0 && !IsBoilerplate(lines[i]);
            if (lines[i].Length > 0 && !keep[i]) removed.Add($"line {i + 1}: {lines[i]}");
        }

        var source = TakeByline(lines, keep, removed);
        TakeTrailingLinkStub(lines, keep, removed);
        var (title, date, bodyStart) = TakeTitleAndDate(lines, keep);
        var blocks = SplitBlocks(lines, keep, bodyStart);
        var lead = blocks.FirstOrDefault(b => b.Kind == TextBlockKind.Paragraph);
        WireDateline? dateline = lead != null && WireDateline.TryRead(lead.Text, out var found) ? found : null;
        if (source == null && dateline?.Agency is { } agency) source = NameSource(agency);

        return new ParsedSeed { Title = title, Date = date, Dateline = dateline, Blocks = blocks, Source = source, Removed = removed };
    }

    private bool IsBoilerplate(string line)
    {
        var bare = line.TrimEnd('.', ':', ' ');
        return boilerplate.Any(b => string.Equals(b.TrimEnd('.', ':', ' '), bare, StringComparison.OrdinalIgnoreCase));
    }

    private static string? TakeByline(List<string> lines, bool[] keep, List<string> removed)
    {
        var last = LastKept(keep);
        if (last < 0) return null;
        var line = lines[last];

        var slash = SlashByline().Match(line);
        var sourceLine = SourceLine().Match(line);
        if (slash.Success || sourceLine.Success)
        {
            keep[last] = false;
            removed.Add($"line {last + 1}: {line} (byline)");
            return NameSource((slash.Success ? slash : sourceLine).Groups["name"].Value);
        }

        var paren = ParenthesisByline().Match(line);
        if (paren.Success)
        {
            lines[last] = line[..paren.Index];
            if (lines[last].Length == 0) keep[last] = false;
            return NameSource(paren.Groups["name"].Value);
        }
        return null;
    }

    private static string NameSource(string raw)
    {
        var name = raw.Trim();
        if (KnownSources.TryGetValue(name, out var known)) return known;
        return name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;
    }

    private static void TakeTrailingLinkStub(List<string> lines, bool[] keep, List<string> removed)
    {
        var last = LastKept(keep);
        if (last < 0 || !LinkStub().IsMatch(lines[last]) || EndsSentence(lines[last])) return;
        keep[last] = false;
        removed.Add($"line {last + 1}: {lines[last]} (link stub)");
    }

    /// <summary>
    /// A first line is a title when a date line follows it, or when it reads as a headline
    /// (no sentence-ending punctuation) and stands alone before the text.
    /// </summary>
    private (string? Title, DateTimeOffset? Date, int BodyStart) TakeTitleAndDate(List<string> lines, bool[] keep)
    {
        var first = NextKept(keep, 0);
        if (first < 0) return (null, null, lines.Count);

        if (dates.TryParse(lines[first], out var leadingDate))
            return (null, leadingDate, first + 1);

        var second = NextKept(keep, first + 1);
        if (second >= 0 && dates.TryParse(lines[second], out var date))
            return (lines[first], date, second + 1);

        var standsAlone = first + 1 < lines.Count && lines[first + 1].Length == 0;
        if (second >= 0 && standsAlone && !EndsSentence(lines[first]) && lines[first].Length <= MaxTitleLineLength)
            return (lines[first], null, second);
        return (null, null, first);
    }

    private static List<TextBlock> SplitBlocks(List<string> lines, bool[] keep, int start)
    {
        var blocks = new List<TextBlock>();
        var i = start;
        while (i < lines.Count)
        {
            if (!keep[i]) { i++; continue; }
            var end = i;
            while (end + 1 < lines.Count && keep[end + 1]) end++;
            AddBlockLines(lines, i, end, blocks);
            i = end + 1;
        }
        return blocks;
    }

    /// <summary>
    /// Lines i..end stand together without a blank line between them. A short first line with
    /// no closing punctuation is a sub-heading; after that a line break ends a paragraph only
    /// where a sentence ended, so a hard-wrapped sentence is joined again.
    /// </summary>
    private static void AddBlockLines(List<string> lines, int i, int end, List<TextBlock> blocks)
    {
        if (end > i && IsHeadingLine(lines[i]))
        {
            blocks.Add(new TextBlock(TextBlockKind.Heading, lines[i], i + 1));
            i++;
        }

        var paragraph = lines[i];
        var startLine = i;
        for (var j = i + 1; j <= end; j++)
        {
            if (EndsSentence(paragraph) || !StartsLowercase(lines[j]))
            {
                blocks.Add(new TextBlock(TextBlockKind.Paragraph, paragraph, startLine + 1));
                paragraph = lines[j];
                startLine = j;
            }
            else
            {
                paragraph += " " + lines[j];
            }
        }
        blocks.Add(new TextBlock(TextBlockKind.Paragraph, paragraph, startLine + 1));
    }

    private static bool IsHeadingLine(string line)
        => line.Length <= MaxHeadingLength && !EndsSentence(line) && !line.Contains(',') && char.IsUpper(line[0]);

    private static bool StartsLowercase(string line) => line.Length > 0 && char.IsLower(line[0]);

    /// <summary>True when the line ends like a sentence, closing quotes and brackets aside.</summary>
    internal static bool EndsSentence(string line)
    {
        var trimmed = line.TrimEnd('"', '”', '»', '\'', ')', ' ');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or ':' or ';' or '…';
    }

    private static int NextKept(bool[] keep, int from)
    {
        for (var i = from; i < keep.Length; i++) if (keep[i]) return i;
        return -1;
    }

    private static int LastKept(bool[] keep)
    {
        for (var i = keep.Length - 1; i >= 0; i--) if (keep[i]) return i;
        return -1;
    }
}
