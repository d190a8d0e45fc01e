// build-gazetteer.cs: builds the place list (gazetteer) and the Danish common-word list that
// StaticNews embeds, from third-party reference data. A .NET 10 file-based app, BCL only.
//
// Usage (from the repository root):
//   dotnet run --file tools/gazetteer/build-gazetteer.cs -- <gazetteer-source-dir> <out-dir> [<voc.txt>]
// e.g.
//   dotnet run --file tools/gazetteer/build-gazetteer.cs -- /work/shared/data/gazetteer data
// "--file" is needed at the repository root: there StaticNews.csproj sits in the working directory
// and plain "dotnet run <file>.cs" would build that project instead. From another directory the
// short form works too. Set GAZETTEER_VERBOSE=1 to list every dropped label, not just examples.
//
// Inputs, all read from <gazetteer-source-dir>:
//   cldr-da-territories.json, cldr-en-territories.json   Unicode CLDR 48.2 (Unicode License v3)
//   cldr-city-names-da-en.json                          Unicode CLDR 48.2, exemplar cities by time-zone id
//   i18n-iso-countries-da.json                          npm i18n-iso-countries 7.14 (MIT)
//   hunspell-da-places.txt                              hunspell-da 1:7.5.0-1, Stavekontrolden (LGPL-2.1 / GPL-2 / MPL-1.1)
//   wikidata-dk-places.tsv                              Wikidata (CC0)
//   LICENSE-cldr.txt, LICENSE-hunspell-da.txt, LICENSE-i18n-iso-countries.txt (copied beside the output)
// The Snowball Danish vocabulary is the optional third argument; without it the script reads
//   <gazetteer-source-dir>/../snowball-danish/voc.txt   (and COPYING from the same folder)
//   Snowball project, BSD-3-Clause.
//
// Outputs, under <out-dir> (the repository's data/ folder):
//   gazetteer/places.tsv                 name<TAB>kind<TAB>aliases (|-separated)<TAB>common (0/1)
//   gazetteer/LICENSE-cldr.txt, LICENSE-hunspell-da.txt, LICENSE-i18n-iso-countries.txt (copies)
//   lexicon/danish-common-words.txt      the lowercase words of voc.txt, unique, one a line
//   lexicon/LICENSE-snowball.txt         copy of snowball-danish/COPYING
// Output is deterministic: ordinal sort, "\n" newlines, UTF-8 without BOM, NFC.
// What was dropped and why, and how alias conflicts were resolved, is reported on stderr.
//
// Rules, in short (details beside the code):
//  * kind: country (CLDR 2-letter codes) > region (CLDR numeric regions, Wikidata "Region X")
//          > city (CLDR exemplar cities) > dk (Wikidata) > place (hunspell, curated additions).
//    When the same name comes from several sources the higher kind wins and the aliases merge.
//  * An alias that is another row's canonical name: if the alias's row outranks that row, that row
//    is folded into it (its name and aliases become aliases); otherwise the alias is dropped.
//    An alias claimed by several rows stays only with the single highest-ranked one (else dropped).
//  * Names with accents other than æ/ø/å get an accent-folded alias (Málaga -> Malaga); rows that
//    differ only by such accents (Rīga/Riga) or by the aa/å spelling (Århus/Aarhus) are merged.
//  * Wikidata: labels of buildings, institutions, streets, events and companies are dropped by rule
//    (see Wikidata.DropReason); "X Kommune/Sogn/Amt/Herred/By" become aliases of the place X.
//  * A few places are added by hand (curated, below): the fixture articles name them and no source
//    has them, or names them only in a spelling news text rarely uses (Kazakstan for Kasakhstan).
//  * common = 1 when the lowercased name is a word of voc.txt. Names from CLDR (countries, regions,
//    cities) are always 0, and so are the Bible place names listed in properNamesInVoc: voc.txt is
//    drawn from a corpus that includes the Bible, so it holds lowercased proper names (italien,
//    kina, jerusalem, ...) which are not ordinary words.

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

if (args.Length is < 2 or > 3)
{
    Console.Error.WriteLine("usage: dotnet run --file tools/gazetteer/build-gazetteer.cs -- <gazetteer-source-dir> <out-dir> [<voc.txt>]");
    return 2;
}

var srcDir = Path.GetFullPath(args[0]);
var outDir = Path.GetFullPath(args[1]);
var vocPath = Path.GetFullPath(args.Length == 3 ? args[2] : Path.Combine(srcDir, "..", "snowball-danish", "voc.txt"));
var snowballDir = Path.GetDirectoryName(vocPath)!;

var g = new Gazetteer();
var report = new Report();
var vocWords = File.ReadAllLines(vocPath, Encoding.UTF8)
    .Select(w => Norm(w).ToLowerInvariant())
    .Where(w => w.Length > 0)
    .ToHashSet(StringComparer.Ordinal);

// ---------------------------------------------------------------- CLDR territories
// Keep 2-letter codes and 3-digit region codes, minus pseudo/unknown/organisation codes.
var skipCodes = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["EU"] = "organisation (European Union)",
    ["EZ"] = "currency area (eurozone)",
    ["UN"] = "organisation (United Nations)",
    ["QO"] = "pseudo region (Outlying Oceania)",
    ["ZZ"] = "unknown region",
    ["XA"] = "pseudo-locale",
    ["XB"] = "pseudo-locale",
    ["001"] = "'Verden' (world) is an ordinary word, not a location",
    ["019"] = "'Nord-, Mellem- og Sydamerika' is a list, not a name",
};
var da = ReadTerritories(Path.Combine(srcDir, "cldr-da-territories.json"), "da");
var en = ReadTerritories(Path.Combine(srcDir, "cldr-en-territories.json"), "en");
var codePlace = new Dictionary<string, Place>(StringComparer.Ordinal);

foreach (var (key, value) in da.OrderBy(kv => kv.Key, StringComparer.Ordinal))
{
    var (code, alt) = SplitAltKey(key);
    if (alt != null) continue; // handled with the main key
    if (!IsTerritoryCode(code)) { report.Drop("cldr-territory", "not a 2-letter or numeric code", key); continue; }
    if (skipCodes.TryGetValue(code, out var why)) { report.Drop("cldr-territory", why, $"{code} {value}"); continue; }

    var kind = char.IsDigit(code[0]) ? Kind.Region : Kind.Country;
    // Prefer the short form as the canonical name (SAR Hongkong -> Hongkong, De palæstinensiske områder -> Palæstina).
    var names = new List<string>();
    string canonicalRaw = da.TryGetValue(code + "-alt-short", out var shortName) ? shortName : value;
    var (canonical, extra) = SplitParen(canonicalRaw);
    names.AddRange(extra);
    if (canonicalRaw != value) names.Add(value);
    foreach (var (k2, v2) in da)
        if (k2.StartsWith(code + "-alt-", StringComparison.Ordinal) && k2 != code + "-alt-short") names.Add(v2);
    foreach (var (k2, v2) in en)
        if (k2 == code || k2.StartsWith(code + "-alt-", StringComparison.Ordinal)) names.Add(v2);

    var p = g.Add(canonical, kind, "cldr", names.SelectMany(ExpandParen));
    p.FromCldr = true;
    codePlace[code] = p;
}

// ---------------------------------------------------------------- i18n-iso-countries (Danish variants)
using (var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(srcDir, "i18n-iso-countries-da.json"))))
{
    foreach (var prop in doc.RootElement.GetProperty("countries").EnumerateObject())
    {
        var values = prop.Value.ValueKind == JsonValueKind.Array
            ? prop.Value.EnumerateArray().Select(e => e.GetString()!).ToList()
            : new List<string> { prop.Value.GetString()! };
        if (!codePlace.TryGetValue(prop.Name, out var p))
        {
            report.Drop("i18n-iso-countries", "code not kept from CLDR", $"{prop.Name} {string.Join("/", values)}");
            continue;
        }
        g.AddAliases(p, values.SelectMany(ExpandParen), "i18n-iso-countries");
    }
}

// ---------------------------------------------------------------- CLDR exemplar cities
// Time-zone id segments that are not a name of the city CLDR gives (legacy ids naming another
// place, or a fragment of a longer name such as "Christmas" for Christmas Island).
var badTzSegments = new HashSet<string>(StringComparer.Ordinal)
{
    "America/Coral_Harbour", "America/Miquelon", "Pacific/Enderbury",              // another place
    "Atlantic/Canary", "Pacific/Easter", "Indian/Christmas", "Indian/Comoro",         // fragments
    "Pacific/Wallis", "America/Cayman", "Antarctica/DumontDUrville",
};
using (var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(srcDir, "cldr-city-names-da-en.json"))))
{
    foreach (var prop in doc.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
    {
        var tz = prop.Name;
        string? daName = prop.Value.TryGetProperty("da", out var d) ? d.GetString() : null;
        string? enName = prop.Value.TryGetProperty("en", out var e) ? e.GetString() : null;
        if (tz.StartsWith("Etc/", StringComparison.Ordinal)) { report.Drop("cldr-city", "not a place (Etc/*)", tz); continue; }
        if (daName == null) { report.Drop("cldr-city", "no Danish name", $"{tz} ({enName})"); continue; }
        if (daName.Contains(',')) { report.Drop("cldr-city", "name qualified by a US state", daName); continue; }
        var aliases = new List<string>();
        if (enName != null) aliases.Add(enName);
        if (!badTzSegments.Contains(tz)) aliases.Add(tz[(tz.LastIndexOf('/') + 1)..].Replace('_', ' '));
        // A territory CLDR also lists as a "city" (Færøerne, Hongkong, Kap Verde, De Kanariske Øer)
        // joins the territory instead of becoming a second row.
        var existing = g.FindLoose(daName) ?? g.FindLoose(daName.Replace(" & ", " og ", StringComparison.Ordinal));
        if (existing != null)
        {
            g.AddAliases(existing, aliases.Append(daName), "cldr-city");
            continue;
        }
        g.Add(daName, Kind.City, "cldr-city", aliases).FromCldr = true;
    }
}

// ---------------------------------------------------------------- hunspell places (read now: used to judge Wikidata bases)
var hunspellRaw = File.ReadAllLines(Path.Combine(srcDir, "hunspell-da-places.txt"), Encoding.UTF8)
    .Select(Norm).Where(s => s.Length > 0).ToList();
// Pieces of multi-word names that the spelling dictionary stores as separate words.
var hunspellFragments = new HashSet<string>(StringComparer.Ordinal)
{
    "Addis", "Ababa", "Buenos", "Puerto", "Santa", "São", "Tel", "Dar", "Friuli-Venezia", "Trentino-Alto", "Spar-Es",
};
var hunspell = new List<string>();
foreach (var h in hunspellRaw)
{
    if (hunspellFragments.Contains(h)) { report.Drop("hunspell", "fragment of a multi-word name", h); continue; }
    if (!char.IsUpper(h[0])) { report.Drop("hunspell", "not capitalised (not marked as a name)", h); continue; }
    if (h.EndsWith('-')) { report.Drop("hunspell", "word part", h); continue; }
    if (LetterCount(h) < 2) { report.Drop("hunspell", "shorter than 2 letters", h); continue; }
    hunspell.Add(h);
}

// ---------------------------------------------------------------- Wikidata (Danish places)
var wikidataLabels = new List<string>();
foreach (var line in File.ReadLines(Path.Combine(srcDir, "wikidata-dk-places.tsv"), Encoding.UTF8).Skip(1))
{
    var cols = line.Split('\t');
    if (cols.Length < 2) continue;
    var m = Regex.Match(cols[1], "^\"(.*)\"@da$");
    if (!m.Success) { report.Drop("wikidata", "no Danish label (bare Q-id)", cols[1].Trim('"')); continue; }
    wikidataLabels.Add(Norm(m.Groups[1].Value));
}
wikidataLabels = wikidataLabels.Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();

// Names known from the other sources (used to decide what "X Sogn" folds into).
var known = new HashSet<string>(StringComparer.Ordinal);
foreach (var h in hunspell) known.Add(h);
foreach (var p in g.All) { known.Add(p.Name); foreach (var a in p.Aliases) known.Add(a); }
foreach (var label in wikidataLabels) if (!label.Contains(' ')) known.Add(label); // for "Aarhus V" / "Nykøbing F"
Wikidata.Known = known;
var wikidataPlain = new List<string>();
var wikidataFolded = new List<(string Label, string Suffix, string Base)>();
foreach (var label in wikidataLabels)
{
    var (baseName, suffix) = Wikidata.SplitAdministrativeSuffix(label);
    var reason = Wikidata.DropReason(label, suffix == null ? label : baseName);
    if (reason != null) { report.Drop("wikidata", reason, label); continue; }
    if (suffix == null) wikidataPlain.Add(label);
    else wikidataFolded.Add((label, suffix, baseName));
}
known = new HashSet<string>(StringComparer.Ordinal);
foreach (var h in hunspell) known.Add(h);
foreach (var p in g.All) { known.Add(p.Name); foreach (var a in p.Aliases) known.Add(a); }
foreach (var label in wikidataPlain) known.Add(label);
foreach (var label in wikidataPlain)
{
    if (label.StartsWith("Region ", StringComparison.Ordinal))
        g.Add(label, Kind.Region, "wikidata", []);
    else
        g.Add(label, Kind.Dk, "wikidata", []);
}
foreach (var (label, suffix, rawBase) in wikidataFolded)
{
    // "Københavns Kommune" -> København, "Sønderjyllands Amt" -> Sønderjylland.
    string baseName = rawBase;
    if (!known.Contains(baseName) && baseName.EndsWith('s') && known.Contains(baseName[..^1])) baseName = baseName[..^1];
    if (!known.Contains(baseName))
    {
        switch (suffix)
        {
            case "Sogn" when Wikidata.LooksLikeChurchName(baseName):
                report.Drop("wikidata", "parish named after its church, not a settlement", label);
                continue;
            case "Herred":
                report.Drop("wikidata", "historical district (herred) with no place of that name", label);
                continue;
            case "By":
                // "Indre By", "Den Gamle By": the whole label is the name.
                if (Wikidata.DropReason(label, label) is { } r) { report.Drop("wikidata", r, label); continue; }
                g.Add(label, Kind.Dk, "wikidata", []);
                continue;
            case "Kommune" or "Regionskommune" or "Amt" when Wikidata.IsGenitive(baseName):
                baseName = baseName[..^1]; // Nordfyns Kommune -> Nordfyn, Storstrøms Amt -> Storstrøm
                break;
        }
        report.Note("wikidata", "base place created from " + suffix, $"{label} -> {baseName}");
    }
    if (LetterCount(baseName) < 2) { report.Drop("wikidata", "shorter than 2 letters", label); continue; }
    var target = g.Find(baseName) ?? g.FindByAlias(baseName) ?? g.Add(baseName, Kind.Dk, "wikidata", []);
    g.AddAliases(target, [label], "wikidata");
}

// A lone Danish noun in the definite form ("Branden", "Stjernen", "Plagen") with no parish or
// municipality of that name is an artwork, building or landmark label, not a town.
foreach (var p in g.All.Where(p => p.Kind == Kind.Dk && p.Aliases.Count == 0 && !p.Name.Contains(' ')).ToList())
{
    var l = p.Name.ToLowerInvariant();
    if ((l.EndsWith("en", StringComparison.Ordinal) || l.EndsWith("et", StringComparison.Ordinal)) && vocWords.Contains(l))
    {
        g.Remove(p);
        report.Drop("wikidata", "definite-form common noun with no parish/municipality of that name", p.Name);
    }
}

// ---------------------------------------------------------------- curated additions
// Places the seed/fixture articles name that none of the sources holds. Kept tiny, on purpose.
var curated = new (string Name, string[] Aliases)[]
{
    ("Faro", []),      // Portugal (Algarve); tv2r_3 fixture
    ("Trapani", []),   // Italy (Sicily); tv2r_3 fixture
    ("Khan Younis", ["Khan Yunis"]),   // Gaza; wire-texts fixture
    ("Cluj", ["Cluj-Napoca"]),         // Romania; wire-texts fixture
    ("Vestdanmark", []),               // wire-texts fixture
    ("Østdanmark", []),
};
foreach (var (name, aliases) in curated)
    if (g.Find(name) == null && g.FindByAlias(name) == null) g.Add(name, Kind.Place, "curated", aliases);
// Spellings Danish news uses beside the one the sources give.
var curatedAliases = new (string Name, string[] Aliases)[]
{
    ("Kasakhstan", ["Kazakstan", "Kasakstan"]),
    ("Usbekistan", ["Uzbekistan"]),
};
foreach (var (name, aliases) in curatedAliases)
    if (g.Find(name) is { } place) g.AddAliases(place, aliases.Where(a => g.Find(a) == null && g.FindByAlias(a) == null), "curated");

// ---------------------------------------------------------------- hunspell: add what is not yet a name or alias
foreach (var h in hunspell)
{
    if (g.Find(h) != null) { g.Find(h)!.Sources.Add("hunspell"); continue; }
    if (g.FindByAlias(h) != null) { report.Note("hunspell", "already an alias", h); continue; }
    g.Add(h, Kind.Place, "hunspell", []);
}

// ---------------------------------------------------------------- conflicts
g.ResolveConflicts(report);
g.AddFoldedAliases(report);
g.ResolveConflicts(report); // the merges above may have made new clashes; normally reports nothing

// ---------------------------------------------------------------- common flag
// voc.txt is drawn from a corpus that includes the Bible: it holds these place names in lowercase
// although they are not ordinary Danish words.
var properNamesInVoc = new HashSet<string>(StringComparer.Ordinal)
{
    "Abilene", "Akko", "Amfipolis", "Arabien", "Askalon", "Betania", "Betel", "Bethania", "Bithynien", "Dalmatien",
    "Derbe", "Elat", "Filadelfia", "Frygien", "Fønikien", "Gaza", "Goa", "Hebron", "Henan", "Illyrien", "Jerusalem",
    "Kabul", "Kaldæa", "Kappadokien", "Kilikien", "Kios", "Kolossæ", "Korinth", "Kreta", "Kyrene", "Makedonien",
    "Megiddo", "Mesopotamien", "Neapolis", "Nikopolis", "Ninive", "Patara", "Patmos", "Persien", "Puteoli",
    "Samaria", "Samos", "Samothrake", "Sinear", "Syrakus", "Tarsus", "Thessalonika", "Trakonitis",
};
foreach (var p in g.All)
    p.Common = !p.FromCldr && !properNamesInVoc.Contains(p.Name) && vocWords.Contains(p.Name.ToLowerInvariant());

// ---------------------------------------------------------------- write
var gazOut = Path.Combine(outDir, "gazetteer");
var lexOut = Path.Combine(outDir, "lexicon");
Directory.CreateDirectory(gazOut);
Directory.CreateDirectory(lexOut);

var rows = g.All.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
var sb = new StringBuilder();
sb.Append("# Generated by tools/gazetteer/build-gazetteer.cs; do not edit. Columns: name, kind, aliases (|-separated), common (1 = also an ordinary Danish word). ")
  .Append("Sources: Unicode CLDR 48.2 (Unicode License v3, LICENSE-cldr.txt); i18n-iso-countries 7.14 (MIT, LICENSE-i18n-iso-countries.txt); ")
  .Append("hunspell-da 1:7.5.0-1, Stavekontrolden (LGPL-2.1 or GPL-2 or MPL-1.1, LICENSE-hunspell-da.txt); Wikidata (CC0); ")
  .Append("common column from Snowball Danish voc.txt (BSD-3-Clause, ../lexicon/LICENSE-snowball.txt); places and aliases marked curated in the script added by the project.\n");
foreach (var p in rows)
{
    sb.Append(p.Name).Append('\t').Append(p.KindName).Append('\t')
      .Append(string.Join("|", p.Aliases.OrderBy(a => a, StringComparer.Ordinal))).Append('\t')
      .Append(p.Common ? '1' : '0').Append('\n');
}
WriteText(Path.Combine(gazOut, "places.tsv"), sb.ToString());

var words = vocWords.OrderBy(w => w, StringComparer.Ordinal).ToList();
var wsb = new StringBuilder();
wsb.Append("# Generated by tools/gazetteer/build-gazetteer.cs; do not edit. Lowercase Danish words from Snowball's Danish test vocabulary ")
   .Append("(snowballstem/snowball-data danish/voc.txt), Snowball project, BSD-3-Clause (LICENSE-snowball.txt).\n");
foreach (var w in words) wsb.Append(w).Append('\n');
WriteText(Path.Combine(lexOut, "danish-common-words.txt"), wsb.ToString());

foreach (var f in new[] { "LICENSE-cldr.txt", "LICENSE-hunspell-da.txt", "LICENSE-i18n-iso-countries.txt" })
    CopyText(Path.Combine(srcDir, f), Path.Combine(gazOut, f));
CopyText(Path.Combine(snowballDir, "COPYING"), Path.Combine(lexOut, "LICENSE-snowball.txt"));

report.Print(Console.Error);
var byKind = rows.GroupBy(p => p.KindName).OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Count()}");
Console.Error.WriteLine($"places.tsv: {rows.Count} rows ({string.Join(", ", byKind)}), {rows.Sum(p => p.Aliases.Count)} aliases, {rows.Count(p => p.Common)} common=1");
Console.Error.WriteLine($"danish-common-words.txt: {words.Count} words");
return 0;

// ================================================================= helpers

static string Norm(string s)
{
    s = s.Normalize(NormalizationForm.FormC).Replace('\u00A0', ' ').Trim();
    return Regex.Replace(s, @"\s+", " ");
}

static int LetterCount(string s) => s.Count(char.IsLetter);

static bool IsTerritoryCode(string code) => Regex.IsMatch(code, "^([A-Z]{2}|[0-9]{3})$");

static (string Code, string? Alt) SplitAltKey(string key)
{
    var i = key.IndexOf("-alt-", StringComparison.Ordinal);
    return i < 0 ? (key, null) : (key[..i], key[(i + 5)..]);
}

// "Myanmar (Burma)" -> ("Myanmar", ["Burma"]); "Congo (Republic)" -> ("Congo", []) since the part in
// parentheses is a qualifier, not a name; "Cocos (Keeling) Islands" -> ("Cocos Islands", []).
static (string Main, List<string> Extra) SplitParen(string s)
{
    s = Norm(s);
    var extra = new List<string>();
    var m = Regex.Match(s, @"^(.*?)\s*\(([^()]*)\)(.*)$");
    if (!m.Success) return (s, extra);
    var inner = m.Groups[2].Value.Trim();
    var main = Norm(m.Groups[1].Value + m.Groups[3].Value);
    if (m.Groups[3].Value.Trim().Length == 0 && inner.Length > 0 && char.IsUpper(inner[0]) && inner != "Republic") extra.Add(inner);
    return (main, extra);
}

static IEnumerable<string> ExpandParen(string s)
{
    var (main, extra) = SplitParen(s);
    yield return main;
    foreach (var x in extra) yield return x;
}

static Dictionary<string, string> ReadTerritories(string path, string lang)
{
    using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
    var t = doc.RootElement.GetProperty("main").GetProperty(lang).GetProperty("localeDisplayNames").GetProperty("territories");
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (var p in t.EnumerateObject()) result[p.Name] = Norm(p.Value.GetString()!);
    return result;
}

static void WriteText(string path, string text)
{
    File.WriteAllText(path, text.Normalize(NormalizationForm.FormC), new UTF8Encoding(false));
}

static void CopyText(string from, string to)
{
    // Byte copy: licence texts are reproduced exactly as shipped upstream.
    File.WriteAllBytes(to, File.ReadAllBytes(from));
}

// ================================================================= types

enum Kind { Country = 0, Region = 1, City = 2, Dk = 3, Place = 4 }

sealed class Place(string name, Kind kind)
{
    public string Name { get; } = name;
    public Kind Kind { get; set; } = kind;
    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> Sources { get; } = new(StringComparer.Ordinal);
    public bool FromCldr { get; set; }
    public bool Common { get; set; }
    public string KindName => Kind.ToString().ToLowerInvariant();
}

sealed class Gazetteer
{
    private readonly Dictionary<string, Place> byName = new(StringComparer.Ordinal);
    // alias -> rows holding it; kept up to date by AddAliases (used before ResolveConflicts only).
    private readonly Dictionary<string, List<Place>> aliasIndex = new(StringComparer.Ordinal);

    public IEnumerable<Place> All => byName.Values;

    public Place? Find(string name) => byName.GetValueOrDefault(name);

    public void Remove(Place p)
    {
        byName.Remove(p.Name);
        foreach (var a in p.Aliases) if (aliasIndex.TryGetValue(a, out var l)) l.Remove(p);
    }

    public Place? FindByAlias(string alias) =>
        aliasIndex.TryGetValue(alias, out var l)
            ? l.OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault()
            : null;

    /// Case-insensitive, ignoring a leading Danish article: "De Kanariske Øer" finds "Kanariske øer".
    public Place? FindLoose(string name)
    {
        static string Key(string s) => Regex.Replace(s, "^(De|Den|Det) ", "").ToLowerInvariant();
        var k = Key(name);
        return byName.Values.Where(p => Key(p.Name) == k || p.Aliases.Any(a => Key(a) == k))
            .OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault();
    }

    public Place Add(string name, Kind kind, string source, IEnumerable<string> aliases)
    {
        if (!byName.TryGetValue(name, out var p))
        {
            p = new Place(name, kind);
            byName[name] = p;
        }
        else if (kind < p.Kind) p.Kind = kind;
        AddAliases(p, aliases, source);
        return p;
    }

    public void AddAliases(Place p, IEnumerable<string> aliases, string source)
    {
        p.Sources.Add(source);
        foreach (var raw in aliases)
        {
            var a = raw.Normalize(NormalizationForm.FormC).Trim();
            if (a.Length == 0 || a == p.Name || a.Contains('\t') || a.Contains('|') || a.Count(char.IsLetter) < 2) continue;
            if (p.Aliases.Add(a))
                (aliasIndex.TryGetValue(a, out var l) ? l : aliasIndex[a] = new List<Place>()).Add(p);
        }
    }

    public void ResolveConflicts(Report report)
    {
        // 1. Alias equal to another row's canonical name.
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var p in byName.Values.OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal).ToList())
            {
                if (!byName.ContainsKey(p.Name)) continue; // merged away in this pass
                foreach (var a in p.Aliases.ToList())
                {
                    if (!byName.TryGetValue(a, out var other) || other == p) continue;
                    if (p.Kind < other.Kind)
                    {
                        // The outranked row becomes part of this one.
                        byName.Remove(other.Name);
                        foreach (var oa in other.Aliases) if (oa != p.Name) p.Aliases.Add(oa);
                        foreach (var s in other.Sources) p.Sources.Add(s);
                        report.Conflict("row folded into a higher-ranked row", $"{other.Name} ({other.KindName}) -> {p.Name} ({p.KindName})");
                        changed = true;
                    }
                    else
                    {
                        p.Aliases.Remove(a);
                        report.Conflict("alias dropped: another row's canonical name", $"{a} (alias of {p.Name}, {p.KindName}; row is {other.KindName})");
                    }
                }
            }
        }

        // 2. One alias on several rows: keep it with the single best-ranked row.
        var owners = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var p in byName.Values)
            foreach (var a in p.Aliases)
                (owners.TryGetValue(a, out var l) ? l : owners[a] = new List<Place>()).Add(p);
        foreach (var (a, list) in owners.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (list.Count < 2) continue;
            var best = list.Min(p => p.Kind);
            var winners = list.Where(p => p.Kind == best).ToList();
            var keep = winners.Count == 1 ? winners[0] : null;
            foreach (var p in list) if (p != keep) p.Aliases.Remove(a);
            var names = string.Join(", ", list.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name} ({p.KindName})"));
            report.Conflict(keep != null ? "shared alias kept by the higher-ranked row" : "ambiguous alias dropped from all rows",
                keep != null ? $"{a}: {names} -> {keep.Name}" : $"{a}: {names}");
        }
    }

    /// Adds "Malaga" for "Málaga", "N'Djamena" for "N’Djamena", unless that collides with any other name or alias.
    public void AddFoldedAliases(Report report)
    {
        // Rows whose names differ only by accents are one place (Rīga/Riga, Chişinău/Chișinău/Chisinau):
        // the row with the accented name joins the other when it does not outrank it.
        var owner = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var p in byName.Values.OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal))
            foreach (var n in p.Aliases.Prepend(p.Name))
                owner.TryAdd(n, p);
        foreach (var p in byName.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ToList())
        {
            var f = Fold(p.Name);
            if (f == p.Name || !owner.TryGetValue(f, out var other) || other == p || !byName.ContainsKey(other.Name)) continue;
            if (other.Kind > p.Kind) continue;
            byName.Remove(p.Name);
            other.Aliases.Add(p.Name);
            foreach (var a in p.Aliases) if (a != other.Name) other.Aliases.Add(a);
            foreach (var src in p.Sources) other.Sources.Add(src);
            report.Conflict("row folded into the row with the same name without accents", $"{p.Name} ({p.KindName}) -> {other.Name} ({other.KindName})");
        }

        // Old and new Danish spelling of one name (Aarhus/Århus, Faaborg/Fåborg, Taastrup/Tåstrup) are one
        // place: the better-ranked row wins, then the one with a municipality, then the "aa" spelling
        // (the official spelling of most towns that have both).
        foreach (var grp in byName.Values.GroupBy(p => p.Name.Replace("Aa", "Å", StringComparison.Ordinal).Replace("aa", "å", StringComparison.Ordinal))
                     .Where(x => x.Count() > 1).OrderBy(x => x.Key, StringComparer.Ordinal).ToList())
        {
            var ordered = grp.OrderBy(p => p.Kind)
                .ThenByDescending(p => p.Aliases.Any(a => a.EndsWith(" Kommune", StringComparison.Ordinal)))
                .ThenByDescending(p => p.Name.Contains("aa", StringComparison.OrdinalIgnoreCase))
                .ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
            var keep = ordered[0];
            foreach (var p in ordered.Skip(1))
            {
                byName.Remove(p.Name);
                keep.Aliases.Add(p.Name);
                foreach (var a in p.Aliases) if (a != keep.Name) keep.Aliases.Add(a);
                foreach (var src in p.Sources) keep.Sources.Add(src);
                report.Conflict("row folded into the same name in the other aa/å spelling", $"{p.Name} ({p.KindName}) -> {keep.Name} ({keep.KindName})");
            }
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in byName.Values) { taken.Add(p.Name); foreach (var a in p.Aliases) taken.Add(a); }
        var added = new Dictionary<string, Place>(StringComparer.Ordinal);
        var clashed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in byName.Values.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            foreach (var n in p.Aliases.Prepend(p.Name).ToList())
            {
                var f = Fold(n);
                if (f == n || p.Aliases.Contains(f) || f == p.Name) continue;
                if (taken.Contains(f)) { report.Conflict("accent-folded alias dropped: already taken", $"{f} (from {n})"); continue; }
                if (added.TryGetValue(f, out var other) && other != p) { clashed.Add(f); continue; }
                added[f] = p;
            }
        }
        foreach (var (f, p) in added)
        {
            if (clashed.Contains(f)) { report.Conflict("accent-folded alias dropped: ambiguous", f); continue; }
            p.Aliases.Add(f);
            report.Note("folded", "accent-folded alias added", $"{f} -> {p.Name}");
        }
    }

    /// Strips accents except the Danish letters æ ø å; ß -> ss; typographic apostrophe -> '.
    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            switch (ch)
            {
                case 'æ' or 'ø' or 'å' or 'Æ' or 'Ø' or 'Å': sb.Append(ch); continue;
                case 'ß': sb.Append("ss"); continue;
                case 'đ' or 'ð': sb.Append('d'); continue;
                case 'Đ' or 'Ð': sb.Append('D'); continue;
                case 'ł': sb.Append('l'); continue;
                case 'Ł': sb.Append('L'); continue;
                case 'ı': sb.Append('i'); continue;
                case '’' or 'ʼ': sb.Append('\''); continue;
            }
            foreach (var c in ch.ToString().Normalize(NormalizationForm.FormD))
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    sb.Append(c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}

static class Wikidata
{
    // Administrative forms folded into the base place: "Fredericia Kommune" -> alias of Fredericia.
    static readonly string[] AdminSuffixes = ["Kommune", "Regionskommune", "Sogn", "Landsogn", "Amt", "Herred", "By", "Købstad"];

    public static (string Base, string? Suffix) SplitAdministrativeSuffix(string label)
    {
        foreach (var s in AdminSuffixes)
            if (label.EndsWith(" " + s, StringComparison.Ordinal) && label.Length > s.Length + 1)
                return (label[..^(s.Length + 1)], s);
        return (label, null);
    }

    // Whole words (any case) that mark a building, institution, event or street rather than a place.
    static readonly HashSet<string> BadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "kirke", "kapel", "station", "trinbræt", "stadion", "center", "centret", "centeret", "slaget", "jernbane",
        "gade", "vej", "allé", "alle", "stræde", "torv", "plads", "skole", "gymnasium", "seminarium", "kursus",
        "college", "university", "library", "street", "hotel", "club", "house", "foods", "akademi", "institut",
        "universitet", "bibliotek", "museum", "teater", "kro", "kaserne", "hospital", "sygehus", "hospice", "asyl",
        "gård", "gaard", "hovedgård", "herregård", "gods", "slot", "palæ", "mølle", "fyr", "værft", "bryggeri",
        "bryghus", "fabrik", "havn", "lufthavn", "flyveplads", "arena", "hal", "park", "have", "monument",
        "mindesten", "sten", "dige", "grav", "batteri", "fort", "skanse", "mole", "bro", "kloster", "rådhus",
        "fængsel", "kollegium", "plejehjem", "bane", "trav", "anlæg", "lejr", "ruin", "apotek", "hus", "villa",
        "klub", "forening", "union", "bogbus", "servicepunkt", "afhentningssted", "varehus", "bazar", "teknikum",
        "statue", "kirkegård", "domkirke", "festspil", "færge", "dok", "kanal", "stald", "stalde", "akvarium",
        "dyrepark", "zoo", "golfklub", "sportsplads", "idrætspark", "idrætsanlæg", "krudtværk", "værk", "kasino",
        "skibsværft", "lergrav", "bunker", "bryggeriet", "hallerne", "mindelund", "forskerpark", "kunstmuseum",
        "efterskole", "højskole", "friskole", "kvarter", "retten", "politi", "arkiv", "landsarkivet", "statistik",
        "city", "mega", "sommerland", "fregatten", "fyrskib", "regan", "landsret", "byret", "boulevard", "avenue",
        "passage", "glyptotek", "toldbod", "tøjhus", "brugs", "gasværk", "triangel", "kristus",
    };

    // Word endings (compounds) with the same meaning: Købmagergade, Jagtvej, Frilandsmuseet, Kildemarkskolen.
    static readonly string[] BadEndings =
    [
        "kirken", "kapel", "kapellet", "station", "stationen", "stadion", "stadionet", "center", "centret", "centeret",
        "gade", "gaden", "vej", "vejen", "allé", "stræde", "torv", "torvet", "plads", "pladsen", "skole", "skolen",
        "gymnasium", "gymnasiet", "seminarium", "seminariet", "akademi", "akademiet", "instituttet", "bibliotek",
        "biblioteket", "bibliotekerne", "museum", "museet", "teater", "teatret", "hotel", "hotellet", "kaserne",
        "kasernen", "hospital", "hospitalet", "sygehus", "sygehuset", "møllen", "vandtårn", "vandtårnet", "værft",
        "værftet", "bryggeri", "bryggeriet", "bryghus", "fabrik", "fabrikken", "lufthavn", "hallen", "hallerne",
        "kirkegård", "kirkegården", "herregård", "hovedgård", "banegård", "banegården", "stenen", "batteriet", "fortet",
        "skansen", "kloster", "klosteret", "rådhus", "rådhuset", "fængsel", "fængslet", "kollegium", "kollegiet",
        "plejehjem", "plejehjemmet", "senderen", "tårnet", "huset", "husene", "ministeriet", "styrelsen", "retten",
        "arkivet", "palæet", "slottet", "slotsruin", "ruinen", "trinbræt", "jernbane", "jernbanen", "banen", "park",
        "parken", "anlægget", "værket", "støtten", "statuen", "mindelund", "badeanstalt", "badeanstalten", "anstalten",
        "anstalt", "broen", "dæmningen", "forbindelsen", "messecenter", "storcenter", "universitet", "universitetet",
        "riet", "klubben", "foreningen", "teknikum", "kursus", "kurset", "hospice", "asylet", "marked", "markedet",
        "biografen", "kroen", "kasino", "kasinoet", "gårdene", "gården", "stalden", "kommunehospital", "sanatorium",
        "sanatoriet", "seminarium", "borgen", "porten", "haven", "alléen", "forening", "forsamlingshus", "automat",
        "værk", "værket", "ulykken", "tilsynet", "direktoratet", "fakultetet", "salen", "bussen", "busserne", "ordenen",
        "revyen", "vognen", "vognene", "grillen", "monumentet", "monumenterne", "springvandet", "siloen", "krydset",
        "bygningen", "stiftelsen", "sagen", "bombardementet", "missilet", "fundet", "båden", "skibene", "karret",
        "moskeen", "pavillonen", "kommandoen", "folketinget", "selskabet", "væsenet", "rådet", "banken", "bladet",
        "magasinet", "stenene", "dyssen", "bunkeren", "unionen", "scenen", "gyngen", "hjemmet", "arkaden",
    ];

    // Multi-word labels are kept only in the shapes Danish place names take: a settlement prefix
    // (Nørre Aaby, Gammel Skagen, Kongens Lyngby), a settlement or district head word (Løjt Kirkeby,
    // Aarhus V, Amager Øst, Islands Brygge), a natural feature (Mariager Fjord, Hvide Sande, Møns Klint)
    // or an island/region qualifier (Nykøbing Falster, Nykøbing Sj). Everything else in the Wikidata
    // extract with several words is a company, club, festival, building or event.
    static readonly HashSet<string> SettlementPrefixes = new(StringComparer.Ordinal)
    {
        "Nørre", "Sønder", "Øster", "Vester", "Store", "Lille", "Gammel", "Ny", "Neder", "Over", "Øvre", "Nedre",
        "Høje", "Indre", "Ydre", "Nordre", "Søndre", "Østre", "Vestre", "Kongens", "Kirke", "Nykøbing",
    };
    static readonly HashSet<string> HeadWords = new(StringComparer.Ordinal)
    {
        // settlements and districts
        "Kirkeby", "Stationsby", "Landsby", "Bjergby", "Vedby", "Skovby", "Villaby", "Mejeriby", "Mølleby", "Bakkeby",
        "Huse", "Strandhuse", "Skovhuse", "Gårde", "Byen", "Bymidte", "Centrum", "Brygge", "Enghave",
        "Øst", "Vest", "Nord", "Syd", "V", "Ø", "N", "S", "C", "K", "SV", "NV", "SØ", "NØ", "Sj", "F",
        // islands and regions as qualifiers
        "Falster", "Mors", "Sjælland", "Lolland", "Fyn", "Jylland", "Salling", "Djurs",
        // natural features
        "Fjord", "Bugt", "Vig", "Sø", "Søer", "Å", "Ådal", "Strand", "Bakke", "Bakker", "Bjerg", "Bjerge", "Skov",
        "Hede", "Heder", "Plantage", "Klitplantage", "Mose", "Vildmose", "Sund", "Bælt", "Ø", "Øer", "Øhav", "Odde",
        "Rev", "Klit", "Klint", "Enge", "Nor", "Bredning", "Hoved", "Tange", "Ås", "Dal", "Hegn", "Mile", "Knude",
        "Halvø", "Holm", "Engsø", "Langsø", "Sande", "Lyng", "Kalv", "Flak", "Dyb", "Bakkeø", "Næs", "Huk",
        "Storskov", "Nordskov", "Østerskov", "Sønderskov", "Vesterskov", "Dyrehave", "Fælled", "Overdrev", "Krat",
    };

    static bool LooksLikeMultiWordPlace(string[] words) =>
        SettlementPrefixes.Contains(words[0]) || HeadWords.Contains(words[^1]);

    static readonly HashSet<string> ChurchFirstWords = new(StringComparer.Ordinal)
    {
        "Sankt", "Sct.", "Skt.", "Vor", "Simon", "Thomas", "Hans", "Trinitatis", "Treenigheds", "Helligånds", "Hellig",
        "Budolfi", "Zions", "Sions", "Opstandelseskirkens",
    };

    public static bool LooksLikeChurchName(string baseName) =>
        baseName.EndsWith('s') || ChurchFirstWords.Contains(baseName.Split(' ')[0]);

    public static HashSet<string> Known { get; set; } = new(StringComparer.Ordinal);

    // Municipality/county names in the genitive: "Nordfyns", "Vesthimmerlands", "Storstrøms".
    // Only these endings: "Purhus", "Sydals" and "Syddjurs" end in s but are not genitives.
    public static bool IsGenitive(string baseName) =>
        baseName.EndsWith("lands", StringComparison.Ordinal) || baseName.EndsWith("fyns", StringComparison.Ordinal) ||
        baseName.EndsWith("strøms", StringComparison.Ordinal);

    /// Why a Wikidata label is not kept, or null. name is the label without an administrative suffix.
    public static string? DropReason(string label, string name)
    {
        // The suffix ("Sogn", "Kommune") is a plain word, so every rule can look at the name alone.
        return DropReason(name);
    }

    static readonly HashSet<string> PostalLetters = new(StringComparer.Ordinal) { "V", "Ø", "N", "S", "C", "K", "F", "SV", "NV", "SØ", "NØ", "Sj" };

    public static string? DropReason(string label)
    {
        if (label.IndexOfAny(['(', ')']) >= 0) return "parentheses (disambiguated or dated label)";
        if (label.Any(char.IsDigit)) return "digits";
        if (label.IndexOfAny([',', '&', '/', ':', '"', '+', ';', '–', '—', '!', '?', '.']) >= 0 && !Regex.IsMatch(label, @"^(Sct|Skt|St)\. [^.]*$")) return "punctuation (list, company or title)";
        if (!char.IsUpper(label[0])) return "not capitalised";
        if (label.Count(char.IsLetter) < 2) return "shorter than 2 letters";
        var words = label.Split(' ');
        if (words.Length > 3) return "more than 3 words (a description or institution)";
        if (words.Skip(1).Any(w => w.Length > 0 && char.IsLower(w[0]))) return "lowercase word (a description, not a name)";
        if (words.Length > 1 && !words[0].Equals("Region") && !LooksLikeMultiWordPlace(words)) return "multi-word name not shaped like a settlement, district or natural feature";
        if (words.Any(w => Regex.IsMatch(w, @"\p{Ll}\p{Lu}") && !w.StartsWith("Mc", StringComparison.Ordinal))) return "capital inside a word (company or brand)";
        if (Regex.IsMatch(label, @"\p{Lu}{2,}") && !(words.Length == 2 && PostalLetters.Contains(words[1]))) return "acronym (organisation or company)";
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i].Count(char.IsLetter) > 1 || (i == words.Length - 1 && i > 0 && words[i] is "Ø" or "Å")) continue;
            if (i == words.Length - 1 && i > 0 && PostalLetters.Contains(words[i]) && Known.Contains(string.Join(' ', words[..i]))) continue;
            if (words.Length > 1) return "one-letter word (postal district or numeral of an unknown place)";
        }
        // "Kirke Hyllinge", "Kirke Saaby": Kirke as the first of several words marks a village.
        foreach (var w in words.Skip(words.Length > 1 && words[0] == "Kirke" ? 1 : 0).SelectMany(w => w.Split('-')))
        {
            if (w.Length == 0) continue;
            if (BadWords.Contains(w)) return $"building/institution/street word ({BadWordGroup(w)})";
            var lw = w.ToLowerInvariant();
            foreach (var e in BadEndings)
                if (lw.EndsWith(e, StringComparison.Ordinal)) return $"building/institution/street word ({BadWordGroup(e)})";
        }
        return null;
    }

    static string BadWordGroup(string w)
    {
        var l = w.ToLowerInvariant();
        if (l.Contains("kirke") || l.Contains("kapel") || l.Contains("domkirke")) return "church";
        if (l.Contains("station") || l.Contains("trinbræt") || l.Contains("jernbane") || l.Contains("bane")) return "railway";
        if (l is "gade" or "gaden" or "vej" or "vejen" or "allé" or "alle" or "stræde" or "torv" or "torvet" or "plads" or "pladsen" or "street") return "street/square";
        if (l.Contains("skole") || l.Contains("gymnas") || l.Contains("seminari") || l.Contains("univers") || l.Contains("akademi") || l.Contains("college") || l.Contains("kursus") || l.Contains("institut") || l.Contains("teknikum")) return "school/university";
        if (l.Contains("museum") || l.Contains("museet") || l.Contains("bibliotek") || l.Contains("library") || l.Contains("teat") || l.Contains("arkiv") || l.Contains("biograf")) return "museum/library/theatre";
        if (l.Contains("stadion") || l.Contains("hal") || l.Contains("arena") || l.Contains("park") || l.Contains("idræt") || l.Contains("klub") || l.Contains("club")) return "sports/park";
        if (l.Contains("hospital") || l.Contains("sygehus") || l.Contains("hospice") || l.Contains("plejehjem") || l.Contains("sanatori") || l.Contains("asyl")) return "hospital";
        if (l.Contains("gård") || l.Contains("gaard") || l.Contains("gods") || l.Contains("slot") || l.Contains("palæ") || l.Contains("borg")) return "manor/castle";
        return "other building/institution";
    }
}

sealed class Report
{
    private readonly SortedDictionary<string, List<string>> drops = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, List<string>> conflicts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, List<string>> notes = new(StringComparer.Ordinal);

    public void Drop(string source, string reason, string item) => Add(drops, $"{source}: {reason}", item);
    public void Conflict(string kind, string item) => Add(conflicts, kind, item);
    public void Note(string source, string what, string item) => Add(notes, $"{source}: {what}", item);

    static void Add(SortedDictionary<string, List<string>> d, string key, string item)
    {
        if (!d.TryGetValue(key, out var l)) d[key] = l = new List<string>();
        l.Add(item);
    }

    public void Print(TextWriter w)
    {
        var verbose = Environment.GetEnvironmentVariable("GAZETTEER_VERBOSE") == "1";
        void Section(string title, SortedDictionary<string, List<string>> d)
        {
            w.WriteLine($"== {title}: {d.Values.Sum(l => l.Count)}");
            foreach (var (k, l) in d)
            {
                var shown = verbose ? l : l.Take(6).ToList();
                w.WriteLine($"  {l.Count,6}  {k}: {string.Join("; ", shown)}{(l.Count > shown.Count ? "; …" : "")}");
            }
        }
        Section("dropped by rule", drops);
        Section("conflicts resolved", conflicts);
        Section("notes", notes);
    }
}
