using StaticNews.Text;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// The place list: canonical Danish names and every alias (English, variants, "X Kommune")
/// that leads to one. Ships with the generator (data/gazetteer/places.tsv, built by
/// tools/gazetteer from CLDR, i18n-iso-countries, hunspell-da and Wikidata); a site can add
/// its own places and aliases in input/places.yml.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, Place> _byKey = new(StringComparer.Ordinal);

    // The first word of every key: a run of tokens can only be a place if its first word is one
    // of these, so the recogniser tries longer runs only where a place can start.
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);

    private readonly Dictionary<string, Place>.AlternateLookup<ReadOnlySpan<char>> _byKeySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWordsSpan;

    public Gazetteer()
    {
        _byKeySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWordsSpan = _firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The most words any known name has; lookups never try longer runs.</summary>
    public int MaxWords { get; private set; } = 1;

    public int Count => _byKey.Count;

    public bool TryFind(string name, out Place place)
    {
        var key = name.Length <= 256 ? stackalloc char[name.Length + 1] : new char[name.Length + 1];
        return TryFindKey(key[..PlaceNameKey.Append(key, 0, name)], out place);
    }

    /// <summary>The place whose <see cref="PlaceNameKey"/> is <paramref name="key"/>, looked up without making a string.</summary>
    public bool TryFindKey(ReadOnlySpan<char> key, out Place place)
        => _byKeySpan.TryGetValue(key, out place!);

    /// <summary>Whether some name's key starts with this word (a key without spaces).</summary>
    public bool IsFirstWord(ReadOnlySpan<char> word) => _firstWordsSpan.Contains(word);

    public static Gazetteer LoadBundled()
    {
        var gazetteer = new Gazetteer();
        using var text = BundledText.Open("places.tsv", "place list");
        gazetteer.AddTsv(text.Chars);
        return gazetteer;
    }

    /// <summary>
    /// Rows of name, kind, |-separated aliases, common-word flag; '#' lines are comments. Each
    /// name's key is made on the stack and becomes a string only when the table has no such key yet.
    /// </summary>
    internal void AddTsv(ReadOnlySpan<char> text)
    {
        // Keys: one a row and one an alias, counted from the text (a row without aliases has an
        // empty third column, two tabs in a row); first words fewer.
        var rows = text.Count('\n') + 1;
        var aliasCount = Math.Max(rows - text.Count("\t\t"), 0) + text.Count('|');
        _byKey.EnsureCapacity(_byKey.Count + rows + aliasCount);
        _firstWords.EnsureCapacity(_firstWords.Count + rows);
        // A few kinds ("dk", "country", ...) serve every row: one string each.
        var kinds = new TextPool();
        // Canonical names first, aliases after: an alias never hides another row's own name.
        var aliases = new List<(int Start, int Length, Place Place)>(aliasCount);
        var position = 0;
        while (true)
        {
            var lineStart = position;
            if (!BundledText.TryReadLine(text, ref position, out var line)) break;
            if (line.Length == 0 || line[0] == '#') continue;
            var rest = line;
            var more = true;
            NextColumn(ref rest, ref more, out var name);
            var kind = NextColumn(ref rest, ref more, out var kindColumn) ? kinds.Get(kindColumn) : "place";
            var aliasStart = lineStart + line.Length - rest.Length;
            var hasAliases = NextColumn(ref rest, ref more, out var aliasColumn) && aliasColumn.Length > 0;
            var common = NextColumn(ref rest, ref more, out var commonColumn) && commonColumn is "1";
            var place = new Place(name.ToString(), kind, common);
            Add(place.Name, place, overwrite: true);
            if (!hasAliases) continue;
            // Kept as where they stand in the text, split on '|' as they come.
            while (true)
            {
                var bar = aliasColumn.IndexOf('|');
                aliases.Add((aliasStart, bar < 0 ? aliasColumn.Length : bar, place));
                if (bar < 0) break;
                aliasColumn = aliasColumn[(bar + 1)..];
                aliasStart += bar + 1;
            }
        }
        foreach (var (start, length, place) in aliases) Add(text.Slice(start, length), place, overwrite: false);
    }

    /// <summary>The next tab-separated column of a row, as string.Split('\t') gives them; false past the last.</summary>
    private static bool NextColumn(ref ReadOnlySpan<char> rest, ref bool more, out ReadOnlySpan<char> column)
    {
        if (!more)
        {
            column = default;
            return false;
        }
        var tab = rest.IndexOf('\t');
        if (tab < 0)
        {
            column = rest;
            rest = default;
            more = false;
        }
        else
        {
            column = rest[..tab];
            rest = rest[(tab + 1)..];
        }
        return true;
    }

    /// <summary>
    /// A site's own list, <c>input/places.yml</c>: a map from canonical name to a list of aliases.
    /// A site entry wins over the bundled list, so a site can re-point an alias.
    /// </summary>
    public void AddSiteYaml(string yaml)
    {
        var entries = ReflectionYaml.Deserializer().Build().Deserialize<Dictionary<string, List<string>?>>(yaml) ?? [];
        foreach (var (name, aliasList) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var place = new Place(name.Trim(), "site", false);
            Add(place.Name, place, overwrite: true);
            foreach (var alias in aliasList ?? []) Add(alias, place, overwrite: true);
        }
    }

    private void Add(ReadOnlySpan<char> name, Place place, bool overwrite)
    {
        var buffer = name.Length <= 256 ? stackalloc char[name.Length + 1] : new char[name.Length + 1];
        var key = buffer[..PlaceNameKey.Append(buffer, 0, name)];
        if (key.Length == 0) return;
        // The key becomes a string only if the table has none like it yet.
        if (overwrite) _byKeySpan[key] = place;
        else _byKeySpan.TryAdd(key, place);
        var space = key.IndexOf(' ');
        _firstWordsSpan.Add(space < 0 ? key : key[..space]);
        MaxWords = Math.Max(MaxWords, key.Count(' ') + 1);
    }
}
