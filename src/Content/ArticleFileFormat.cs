using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using StaticNews.Text;

namespace StaticNews.Content;

/// <summary>
/// Reads and writes the Markdown-with-front-matter files of <c>input/articles/</c>, and tells
/// a file ingest generated from one a person has since edited.
/// </summary>
public static class ArticleFileFormat
{
    private const string Fence = "---";
    private const string GeneratedHashKey = "generated_hash:";

    private const string EditNotice =
        "# Written by StaticNews ingest from the seed above. Edit freely: once edited, this file is never overwritten.";

    private static readonly IDeserializer Deserializer = ReflectionYaml.Deserializer()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .WithDuplicateKeyChecking()
        .Build();

    /// <summary>Front matter is metadata: anything larger is a mistake or an attack, not an article.</summary>
    public const int MaxFrontMatterBytes = 64 * 1024;

    /// <summary>Formats a generated article, stamping it with the hash that later proves it untouched.</summary>
    public static string WriteGenerated(ArticleFile article)
    {
        var text = Write(article with { FrontMatter = article.FrontMatter with { GeneratedHash = null } }, EditNotice);
        var hash = ContentHash.Of(text);
        var closing = text.IndexOf("\n" + Fence + "\n", StringComparison.Ordinal);
        return text[..(closing + 1)] + GeneratedHashKey + " " + hash + "\n" + text[(closing + 1)..];
    }

    public static string Write(ArticleFile article, string? comment = null)
    {
        var fm = article.FrontMatter;
        var document = new FrontMatterDocument
        {
            Title = fm.Title,
            Date = FormatDate(fm.Date),
            DateSource = fm.DateSource?.Name(),
            Slug = fm.Slug,
            Summary = fm.Summary,
            Source = fm.Source,
            Language = fm.Language,
            Locations = [.. fm.Locations],
            People = fm.People.Count > 0 ? [.. fm.People] : null,
            Organisations = fm.Organisations.Count > 0 ? [.. fm.Organisations] : null,
            Tags = [.. fm.Tags],
            Seed = fm.Seed,
            Draft = fm.Draft ? true : null,
            SeedHash = fm.SeedHash,
            GeneratedHash = fm.GeneratedHash,
        };
        var yaml = FrontMatterEmitter.Write(document);
        if (comment != null && fm.Seed != null)
        {
            // The notice goes just after the seed key, above the bookkeeping hashes it explains.
            var at = yaml.IndexOf("\nseed_hash:", StringComparison.Ordinal);
            if (at >= 0) yaml = yaml[..(at + 1)] + comment + "\n" + yaml[(at + 1)..];
        }
        var body = article.Body.TrimEnd('\n');
        return $"{Fence}\n{yaml}{Fence}\n\n{body}\n";
    }

    /// <summary>True when the file text is exactly what ingest generated (nobody edited it since).</summary>
    public static bool IsUntouched(string text) => IsUntouched(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// <see cref="IsUntouched(string)"/> for the file's text as UTF-8: a file's bytes as they are
    /// read, when they are UTF-8 with no byte order mark (see <see cref="IsPlainUtf8"/>), else the
    /// decoded text encoded again. Checked on the bytes, a large archive's articles are not decoded,
    /// cut and encoded again only to be hashed.
    /// </summary>
    public static bool IsUntouched(ReadOnlySpan<byte> utf8)
    {
        var start = utf8.IndexOf("\ngenerated_hash:"u8);
        if (start < 0) return false;
        var lineLength = utf8[(start + 1)..].IndexOf((byte)'\n');
        if (lineLength < 0) return false;
        var end = start + 1 + lineLength;
        var stored = utf8[(start + 1 + GeneratedHashKey.Length)..end].Trim(" \t\v\f\r"u8);
        return Ascii.Equals(stored, ContentHash.Of(utf8[..(start + 1)], utf8[(end + 1)..]));
    }

    /// <summary>
    /// A plain "key: value" line of the front matter of a file <see cref="IsUntouched(string)"/> proved to
    /// be exactly as ingest wrote it, found without a YAML parser; null when absent or not plain.
    /// Only for generated files: what a person wrote is always read as YAML.
    /// </summary>
    public static string? GeneratedValue(string text, string key) => GeneratedValue(Encoding.UTF8.GetBytes(text), key);

    /// <summary><see cref="GeneratedValue(string, string)"/> for the file's text as UTF-8 (as <see cref="IsUntouched(ReadOnlySpan{byte})"/> takes it).</summary>
    public static string? GeneratedValue(ReadOnlySpan<byte> utf8, string key)
    {
        var close = utf8.IndexOf("\n---\n"u8);
        var room = Encoding.UTF8.GetMaxByteCount(key.Length) + 3;
        var prefix = room <= 256 ? stackalloc byte[room] : new byte[room];
        prefix[0] = (byte)'\n';
        var length = 1 + Encoding.UTF8.GetBytes(key, prefix[1..]);
        prefix[length++] = (byte)':';
        prefix[length++] = (byte)' ';
        prefix = prefix[..length];
        var at = utf8.IndexOf(prefix);
        if (at < 0 || (close >= 0 && at > close)) return null;
        var rest = utf8[(at + prefix.Length)..];
        var end = rest.IndexOf((byte)'\n');
        var value = end < 0 ? rest : rest[..end];
        if (value.IsEmpty) return null;
        foreach (var b in value)
            if (!(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'/' or (byte)'.' or (byte)'_' or (byte)'-')) return null;
        return Encoding.ASCII.GetString(value);
    }

    /// <summary>True when a file's bytes are its text as UTF-8: valid UTF-8 with no byte order mark, which <see cref="Decode"/> would strip.</summary>
    public static bool IsPlainUtf8(ReadOnlySpan<byte> bytes) => !bytes.StartsWith(Utf8ByteOrderMark) && System.Text.Unicode.Utf8.IsValid(bytes);

    public static string FormatDate(DateTimeOffset date)
        => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Parses a whole article file. Dates without an offset are read in <paramref name="zone"/>.</summary>
    public static ArticleFile Read(string path, string text, TimeZoneInfo zone)
    {
        var (yaml, yamlLine, body, bodyLine) = Split(path, text);
        FrontMatterDocument document;
        try
        {
            document = Deserialize(path, yaml, yamlLine) ?? new FrontMatterDocument();
        }
        catch (YamlException e) when (Refusal(e) is { } refused)
        {
            throw refused;
        }
        catch (YamlException e)
        {
            throw new ContentException(path, yamlLine + (int)e.Start.Line - 1, "front matter is not valid YAML: " + (e.InnerException?.Message ?? e.Message));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some malformed flow collections.
            throw new ContentException(path, yamlLine, "front matter is not valid YAML (an unclosed [ or { ?)");
        }

        if (string.IsNullOrWhiteSpace(document.Title))
            throw new ContentException(path, yamlLine, "front matter has no title");
        if (string.IsNullOrWhiteSpace(document.Date))
            throw new ContentException(path, yamlLine, "front matter has no date");
        if (!TryParseDate(document.Date, zone, out var date))
            throw new ContentException(path, yamlLine, $"date '{document.Date}' is not a valid date (use ISO 8601, e.g. 2023-09-22T10:00:00+02:00)");

        DateSource? dateSource = null;
        if (document.DateSource != null)
        {
            if (!DateSourceNames.TryParse(document.DateSource, out var parsedSource))
                throw new ContentException(path, yamlLine, $"date_source '{document.DateSource}' is not one of {DateSourceNames.Expected}");
            dateSource = parsedSource;
        }

        var frontMatter = new FrontMatter
        {
            Title = document.Title.Trim(),
            Date = date,
            DateSource = dateSource,
            Slug = document.Slug?.Trim() ?? "",
            Summary = document.Summary?.Trim() ?? "",
            Source = string.IsNullOrWhiteSpace(document.Source) ? null : document.Source.Trim(),
            Language = string.IsNullOrWhiteSpace(document.Language) ? "da" : document.Language.Trim(),
            Locations = CleanList(document.Locations),
            People = CleanList(document.People),
            Organisations = CleanList(document.Organisations),
            Tags = CleanList(document.Tags),
            Seed = document.Seed,
            SeedHash = document.SeedHash,
            GeneratedHash = document.GeneratedHash,
            Draft = document.Draft ?? false,
        };
        return new ArticleFile(frontMatter, body) { BodyLine = bodyLine };
    }

    /// <summary>The Markdown body of an article file (read again at render time: bodies are not kept in memory).</summary>
    public static string ReadBody(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return BodyOf(bytes) ?? Split(path, Decode(bytes)).Body;
    }

    /// <summary>The text of an article file's bytes: UTF-8, or the encoding its byte order mark names.</summary>
    public static string Decode(ArraySegment<byte> bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes.Array ?? [], bytes.Offset, bytes.Count, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];
    private static ReadOnlySpan<byte> Utf16LittleEndianMark => [0xFF, 0xFE]; // also UTF-32's, little-endian
    private static ReadOnlySpan<byte> Utf16BigEndianMark => [0xFE, 0xFF];
    private static ReadOnlySpan<byte> Utf32BigEndianMark => [0x00, 0x00, 0xFE, 0xFF];

    /// <summary>
    /// The body of a UTF-8 file cut from its bytes, the text <see cref="Split"/> gives, decoded
    /// once: every page and search entry reads its body again, and reading the file as text,
    /// then cutting and trimming it, copied it four times over. Null where the file needs the
    /// general path: another encoding's byte order mark, a carriage return, or front matter
    /// that is not closed (which the general path reports).
    /// </summary>
    private static string? BodyOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf16LittleEndianMark) || bytes.StartsWith(Utf16BigEndianMark) || bytes.StartsWith(Utf32BigEndianMark) || bytes.Contains((byte)'\r'))
            return null;
        while (bytes.StartsWith(Utf8ByteOrderMark)) bytes = bytes[Utf8ByteOrderMark.Length..];
        if (!bytes.StartsWith("---\n"u8)) return null;
        var close = bytes[Fence.Length..].IndexOf("\n---\n"u8);
        if (close >= 0) close += Fence.Length;
        else if (bytes.EndsWith("\n---"u8)) close = bytes.Length - Fence.Length - 1;
        else return null;
        var body = bytes[Math.Min(bytes.Length, close + Fence.Length + 2)..].TrimStart((byte)'\n').TrimEnd((byte)'\n');
        return Encoding.UTF8.GetString(body);
    }

    /// <summary>Reads only the front matter, for the cheap scan that maps seeds to their files.</summary>
    public static FrontMatterDocument? TryReadFrontMatter(string text)
    {
        try
        {
            var (yaml, line, _, _) = Split("", text);
            return Deserialize("", yaml, line);
        }
        catch (Exception e) when (e is YamlException or ContentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The front matter deserialised, refusing YAML anchors and aliases as the parser meets them:
    /// they let a few lines expand into gigabytes (the "billion laughs" document), and front matter
    /// has no use for them. One pass: the deserialiser reads the events the check sees.
    /// </summary>
    private static FrontMatterDocument? Deserialize(string path, string yaml, int yamlLine)
    {
        if (yaml.Length > MaxFrontMatterBytes)
            throw new ContentException(path, yamlLine, $"front matter is larger than {MaxFrontMatterBytes / 1024} kB");
        // Front matter as ingest writes it (nearly every file) needs no YAML parser: the same fields, read in one pass.
        if (PlainFrontMatter.TryRead(yaml) is { } plain) return plain;
        return Parsed(path, yaml, yamlLine);
    }

    /// <summary>The front matter as the YAML deserialiser reads it, whatever it holds.</summary>
    internal static FrontMatterDocument? Parsed(string path, string yaml, int yamlLine)
        => Deserializer.Deserialize<FrontMatterDocument>(new NoAliasParser(new Parser(new StringReader(yaml)), path, yamlLine));

    /// <summary>The refusal of an anchor or alias, where the deserialiser wrapped it in its own exception.</summary>
    private static ContentException? Refusal(Exception e)
    {
        for (var inner = e.InnerException; inner != null; inner = inner.InnerException)
            if (inner is ContentException refused) return refused;
        return null;
    }

    private sealed class NoAliasParser(IParser parser, string path, int yamlLine) : IParser
    {
        public YamlDotNet.Core.Events.ParsingEvent? Current => parser.Current;

        public bool MoveNext()
        {
            if (!parser.MoveNext()) return false;
            if (parser.Current is YamlDotNet.Core.Events.AnchorAlias alias)
                throw new ContentException(path, yamlLine + (int)alias.Start.Line - 1, "front matter uses a YAML alias (*name); write the value out instead");
            if (parser.Current is YamlDotNet.Core.Events.NodeEvent { Anchor.IsEmpty: false } node)
                throw new ContentException(path, yamlLine + (int)node.Start.Line - 1, "front matter uses a YAML anchor (&name); write the value out instead");
            return true;
        }
    }

    private static (string Yaml, int YamlLine, string Body, int BodyLine) Split(string path, string text)
    {
        var normalised = text.Replace("\r\n", "\n").TrimStart('\uFEFF');
        if (!normalised.StartsWith(Fence + "\n", StringComparison.Ordinal))
            throw new ContentException(path, 1, "no front matter: the file must start with a line '---'");
        var close = normalised.IndexOf("\n" + Fence + "\n", Fence.Length, StringComparison.Ordinal);
        var closeAtEnd = normalised.EndsWith("\n" + Fence, StringComparison.Ordinal) ? normalised.Length - Fence.Length - 1 : -1;
        if (close < 0) close = closeAtEnd;
        if (close < 0)
            throw new ContentException(path, 1, "front matter is not closed by a line '---'");
        var yaml = normalised[(Fence.Length + 1)..(close + 1)];
        var bodyStart = Math.Min(normalised.Length, close + Fence.Length + 2);
        while (bodyStart < normalised.Length && normalised[bodyStart] == '\n') bodyStart++;
        var bodyLine = normalised.AsSpan(0, bodyStart).Count('\n') + 1;
        return (yaml, 2, normalised[bodyStart..].TrimEnd('\n'), bodyLine);
    }

    private static bool TryParseDate(string value, TimeZoneInfo zone, out DateTimeOffset date)
    {
        var text = value.Trim();
        if (text.EndsWith('Z') || EndsWithOffset(text))
            return TryReadWrittenDate(text, out date) || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            date = new DanishDateParser(zone).InZone(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>
    /// A date as <see cref="FormatDate"/> writes it ("2023-09-22T10:41:00+02:00", ASCII digits,
    /// every field in range), read by hand; false for anything else, which the framework's parser
    /// then reads. The first date that parser reads in a process sets up its tables, which costs a
    /// build that reads one new article more than the rest of that article's front matter.
    /// </summary>
    internal static bool TryReadWrittenDate(string text, out DateTimeOffset date)
    {
        date = default;
        if (text.Length != 25 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[22] != ':'
            || text[19] is not ('+' or '-'))
            return false;
        if (!Number(text, 0, 4, out var year) || !Number(text, 5, 2, out var month) || !Number(text, 8, 2, out var day) || !Number(text, 11, 2, out var hour)
            || !Number(text, 14, 2, out var minute) || !Number(text, 17, 2, out var second) || !Number(text, 20, 2, out var offsetHours)
            || !Number(text, 23, 2, out var offsetMinutes))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59
            || offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > 14 * 60)
            return false;
        var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
        if (text[19] == '-') offset = -offset;
        var local = new DateTime(year, month, day, hour, minute, second);
        // The moment in UTC must lie in the calendar too (the parser refuses it otherwise).
        if (local.Ticks - offset.Ticks < DateTime.MinValue.Ticks || local.Ticks - offset.Ticks > DateTime.MaxValue.Ticks) return false;
        date = new DateTimeOffset(local, offset);
        return true;

        static bool Number(string text, int start, int length, out int value)
        {
            value = 0;
            for (var i = start; i < start + length; i++)
            {
                if (text[i] is < '0' or > '9') return false;
                value = value * 10 + text[i] - '0';
            }
            return true;
        }
    }

    /// <summary>
    /// Whether the text ends in a UTC offset, "+02:00" or "+0200" (any Unicode decimal digits, as
    /// a regular expression's \d takes them). Checked by hand: building and running the
    /// expression was most of the cost of parsing an article's date.
    /// </summary>
    internal static bool EndsWithOffset(string text)
    {
        var n = text.Length;
        if (n < 5 || !char.IsDigit(text[n - 1]) || !char.IsDigit(text[n - 2])) return false;
        var sign = text[n - 3] == ':' ? n - 6 : n - 5;
        return sign >= 0 && text[sign] is '+' or '-' && char.IsDigit(text[sign + 1]) && char.IsDigit(text[sign + 2]);
    }

    private static IReadOnlyList<string> CleanList(List<string>? values)
        => values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList() ?? [];
}
