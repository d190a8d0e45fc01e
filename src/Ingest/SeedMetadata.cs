using System.Globalization;
using System.Text;
using StaticNews.Configuration;
using StaticNews.Diagnostics;
using StaticNews.Text;
using YamlDotNet.RepresentationModel;

namespace StaticNews.Ingest;

/// <summary>
/// The metadata file beside the seeds, the way wire services deliver metadata beside the text,
/// for archives imported in bulk: <c>metadata.yml</c> (a map from seed file name to its fields)
/// or <c>metadata.csv</c> (a header row naming <c>file</c> and the fields; lists separated by
/// ';'). A bad entry is reported with its line and left out; the rest are used.
/// </summary>
public sealed partial class SeedMetadata
{
    public const string YamlName = "metadata.yml";
    public const string CsvName = "metadata.csv";

    /// <summary>Big enough for the metadata of a hundred thousand seeds; anything larger is a mistake.</summary>
    private const long MaxBytes = 64L * 1024 * 1024;

    private static readonly string[] Fields = ["date", "title", "summary", "source", "language", "tags", "locations", "people", "organisations"];
    private static readonly string[] ListFields = ["tags", "locations", "people", "organisations"];

    private readonly Dictionary<string, SeedMetadataEntry> _entries;

    private SeedMetadata(Dictionary<string, SeedMetadataEntry> entries, string? file)
    {
        _entries = entries;
        File = file;
    }

    public static SeedMetadata None { get; } = new(new Dictionary<string, SeedMetadataEntry>(StringComparer.Ordinal), null);

    /// <summary>The file read, if any.</summary>
    public string? File { get; }

    public int Count => _entries.Count;

    /// <summary>
    /// True when the file exists but could not be read at all: what it says of each seed is then
    /// unknown, so files already made from it are kept as they are rather than regenerated without it.
    /// </summary>
    public bool Unreadable { get; private init; }

    public IEnumerable<SeedMetadataEntry> Entries => _entries.Values.OrderBy(e => e.Line);

    /// <summary>The entry for a seed, by its path relative to the seeds folder.</summary>
    public SeedMetadataEntry? For(string seedRelativePath) => _entries.GetValueOrDefault(seedRelativePath.Replace('\\', '/'));

    /// <summary>Reads the seeds folder's metadata file, if it has one; every problem goes to <paramref name="diagnostics"/>.</summary>
    public static SeedMetadata Load(string seedsFolder, DanishDateParser dates, DiagnosticBag diagnostics)
    {
        var yaml = Path.Combine(seedsFolder, YamlName);
        var csv = Path.Combine(seedsFolder, CsvName);
        var hasYaml = System.IO.File.Exists(yaml);
        var hasCsv = System.IO.File.Exists(csv);
        if (hasYaml && hasCsv)
            diagnostics.Warn(Configuration.SitePaths.Display(csv), $"is ignored: {YamlName} beside it is read instead (keep one metadata file)");
        var file = hasYaml ? yaml : hasCsv ? csv : null;
        if (file == null) return None;

        var display = Configuration.SitePaths.Display(file);
        if (new FileInfo(file).Length > MaxBytes)
        {
            diagnostics.Error(display, $"is larger than {MaxBytes / (1024 * 1024)} MB; not read");
            return new SeedMetadata(new Dictionary<string, SeedMetadataEntry>(StringComparer.Ordinal), file) { Unreadable = true };
        }
        var text = System.IO.File.ReadAllText(file, Encoding.UTF8);
        var reader = new Reader(display, dates, diagnostics);
        if (hasYaml) reader.ReadYaml(text); else reader.ReadCsv(text);
        return new SeedMetadata(reader.Entries, file) { Unreadable = reader.Unreadable };
    }

    /// <summary>Reads metadata text; for tests, which give the text and the name it is reported under.</summary>
    internal static SeedMetadata Parse(string display, string text, bool csv, DanishDateParser dates, DiagnosticBag diagnostics)
    {
        var reader = new Reader(display, dates, diagnostics);
        if (csv) reader.ReadCsv(text); else reader.ReadYaml(text);
        return new SeedMetadata(reader.Entries, display) { Unreadable = reader.Unreadable };
    }

    /// <summary>A date and time with a UTC offset after it ("2024-03-01T09:30+01:00"), to be read with that offset.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"T.*[+-]\d\d:?\d\d$")]
    private static partial System.Text.RegularExpressions.Regex MomentWithOffset();

    private sealed class Reader(string display, DanishDateParser dates, DiagnosticBag diagnostics)
    {
        public Dictionary<string, SeedMetadataEntry> Entries { get; } = new(StringComparer.Ordinal);

        /// <summary>True when the file as a whole could not be read (not only some entries).</summary>
        public bool Unreadable { get; set; }

        public void ReadYaml(string text)
        {
            YamlMappingNode? root;
            try
            {
                root = new YamlSettings(display).Root(text, refuseAliases: true, expected: "a map from seed file name to its fields (e.g. '2023-amnesti.txt:' then '  date: 2023-09-22')");
            }
            catch (SiteConfigException e) when (e.Line > 0)
            {
                diagnostics.Error(display, e.Reason + "; not read", e.Line);
                Unreadable = true;
                return;
            }
            catch (SiteConfigException e)
            {
                diagnostics.Error(display, e.Reason + "; not read");
                Unreadable = true;
                return;
            }
            if (root == null) return;
            foreach (var (keyNode, valueNode) in root.Children)
            {
                var line = Line(keyNode);
                if (keyNode is not YamlScalarNode { Value: { Length: > 0 } seed })
                {
                    diagnostics.Error(display, "a key must be a seed's file name; entry left out", line);
                    continue;
                }
                if (valueNode is not YamlMappingNode fields)
                {
                    diagnostics.Error(display, $"'{seed}' must be followed by its fields (date:, title:, …); entry left out", line);
                    continue;
                }
                var values = new Dictionary<string, (object Value, int Line)>(StringComparer.Ordinal);
                foreach (var (fieldNode, fieldValue) in fields.Children)
                {
                    var name = (fieldNode as YamlScalarNode)?.Value ?? "";
                    object? value = fieldValue switch
                    {
                        YamlScalarNode scalar => scalar.Value ?? "",
                        YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode) =>
                            sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList(),
                        _ => null,
                    };
                    if (value == null)
                    {
                        diagnostics.Error(display, $"'{name}' of '{seed}' must be a value or a list of values; field left out", Line(fieldNode));
                        continue;
                    }
                    values[name] = (value, Line(fieldNode));
                }
                Add(seed, line, values);
            }
        }

        public void ReadCsv(string text)
        {
            var rows = CsvRows(text.TrimStart('\uFEFF')).ToList();
            if (rows.Count == 0) return;
            var header = rows[0].Cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
            var fileColumn = header.IndexOf("file");
            if (fileColumn < 0)
            {
                diagnostics.Error(display, "the first row must name the columns, one of them 'file' (the seed's file name), e.g. 'file,date,title'; not read", 1);
                Unreadable = true;
                return;
            }
            foreach (var (cells, line) in rows.Skip(1))
            {
                if (cells.All(string.IsNullOrWhiteSpace)) continue;
                var seed = fileColumn < cells.Count ? cells[fileColumn].Trim() : "";
                if (seed.Length == 0)
                {
                    diagnostics.Error(display, "the row has no file name in column 'file'; row left out", line);
                    continue;
                }
                var values = new Dictionary<string, (object Value, int Line)>(StringComparer.Ordinal);
                for (var c = 0; c < header.Count && c < cells.Count; c++)
                {
                    if (c == fileColumn || cells[c].Trim().Length == 0) continue;
                    values[header[c]] = (ListFields.Contains(header[c]) ? cells[c].Split(';').ToList() : cells[c], line);
                }
                Add(seed, line, values);
            }
        }

        private void Add(string seed, int line, Dictionary<string, (object Value, int Line)> values)
        {
            seed = seed.Replace('\\', '/');
            if (Entries.TryGetValue(seed, out var earlier))
            {
                diagnostics.Error(display, $"'{seed}' is given a second time (first on line {earlier.Line}); the second is left out", line);
                return;
            }
            var entry = new SeedMetadataEntry { Seed = seed, Line = line };
            foreach (var (name, (value, at)) in values)
            {
                if (!Fields.Contains(name))
                {
                    diagnostics.Error(display, $"'{name}' is not a metadata field (expected {string.Join(", ", Fields)}); field left out", at);
                    continue;
                }
                if (ListFields.Contains(name))
                {
                    var list = (value as List<string> ?? [(string)value]).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
                    entry = name switch
                    {
                        "tags" => entry with { Tags = list },
                        "locations" => entry with { Locations = list },
                        "people" => entry with { People = list },
                        _ => entry with { Organisations = list },
                    };
                    continue;
                }
                if (value is not string scalar)
                {
                    diagnostics.Error(display, $"'{name}' of '{seed}' must be one value, not a list; field left out", at);
                    continue;
                }
                scalar = scalar.Trim();
                if (scalar.Length == 0) continue;
                if (name == "date")
                {
                    if (!TryDate(scalar, out var date))
                    {
                        diagnostics.Error(display, $"date '{scalar}' of '{seed}' is not a date (expected e.g. 2023-09-22 or 2023-09-22T10:41:00+02:00); field left out", at);
                        continue;
                    }
                    entry = entry with { Date = date };
                    continue;
                }
                entry = name switch
                {
                    "title" => entry with { Title = scalar },
                    "summary" => entry with { Summary = scalar },
                    "source" => entry with { Source = scalar },
                    _ => entry with { Language = scalar },
                };
            }
            Entries[seed] = entry;
        }

        /// <summary>A moment with its offset as written; without one, a date or date line read in the site's time zone.</summary>
        private bool TryDate(string text, out DateTimeOffset date)
        {
            if ((text.EndsWith('Z') || MomentWithOffset().IsMatch(text))
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                return true;
            return dates.TryParse(text, out date);
        }

        private static int Line(YamlNode node) => (int)node.Start.Line;

        /// <summary>RFC 4180 rows: fields in double quotes may hold commas, line breaks and doubled quotes.</summary>
        private static IEnumerable<(List<string> Cells, int Line)> CsvRows(string text)
        {
            var cells = new List<string>();
            var cell = new StringBuilder();
            var line = 1;
            var rowLine = 1;
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else
                    {
                        if (c == '\n') line++;
                        cell.Append(c);
                    }
                    continue;
                }
                switch (c)
                {
                    case '"' when cell.Length == 0: quoted = true; break;
                    case ',': cells.Add(cell.ToString()); cell.Clear(); break;
                    case '\r': break;
                    case '\n':
                        cells.Add(cell.ToString());
                        cell.Clear();
                        yield return (cells, rowLine);
                        cells = [];
                        rowLine = ++line;
                        break;
                    default: cell.Append(c); break;
                }
            }
            if (cell.Length > 0 || cells.Count > 0)
            {
                cells.Add(cell.ToString());
                yield return (cells, rowLine);
            }
        }
    }
}
