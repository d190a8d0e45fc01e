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
        using var reader = new StreamReader(BundledData.Open("places.tsv", "place list"));
        gazetteer.AddTsv(reader);
        return gazetteer;
    }

    /// <summary>Rows of name, kind, |-separated aliases, common-word flag; '#' lines are comments.</summary>
    public void AddTsv(TextReader reader)
    {
        // Canonical names first, aliases after: an alias never hides another row's own name.
        var aliases = new List<(string Alias, Place Place)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var columns = line.Split('\t');
            var place = new Place(columns[0], columns.Length > 1 ? columns[1] : "place", columns.Length > 3 && columns[3] == "1");
            Add(place.Name, place, overwrite: true);
            if (columns.Length > 2 && columns[2].Length > 0)
                aliases.AddRange(columns[2].Split('|').Select(a => (a, place)));
        }
        foreach (var (alias, place) in aliases) Add(alias, place, overwrite: false);
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

    private void Add(string name, Place place, bool overwrite)
    {
        var key = PlaceNameKey.Of(name);
        if (key.Length == 0) return;
        if (overwrite || !_byKey.ContainsKey(key)) _byKey[key] = place;
        var space = key.IndexOf(' ');
        _firstWords.Add(space < 0 ? key : key[..space]);
        MaxWords = Math.Max(MaxWords, key.Count(c => c == ' ') + 1);
    }
}
