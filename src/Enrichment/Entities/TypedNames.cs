using StaticNews.Text;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// Proper nouns whose kind a Danish dictionary records: organisation, place, first name, family
/// name (data/lexicon/apertium-proper-nouns.tsv, from Apertium's Danish analyser, GPL-3+, kept in
/// its own file with its notice). The entity tagger takes the kinds as evidence; the recogniser
/// uses them to keep an organisation from being read as a place of a similar name ("Hamas" is not
/// the genitive of "Hama").
/// </summary>
public sealed class TypedNames
{
    private readonly Dictionary<string, string> _kinds;

    private TypedNames(Dictionary<string, string> kinds) => _kinds = kinds;

    /// <summary>The comma-separated kinds of a word form (org, top, ant, cog, al), or null if it is not listed.</summary>
    public string? KindsOf(string word) => _kinds.GetValueOrDefault(word);

    /// <summary>Listed as an organisation and never as a place or a person's name.</summary>
    public bool IsOnlyOrganisation(string word) => KindsOf(word) is "org";

    private static readonly Lazy<TypedNames> BundledList = new(LoadBundled);

    /// <summary>The bundled list, loaded once per process: the tagger and the recogniser share it.</summary>
    internal static TypedNames Bundled => BundledList.Value;

    public static TypedNames LoadBundled()
    {
        using var text = BundledText.Open("apertium-proper-nouns.tsv", "typed proper-noun list");
        var kinds = new Dictionary<string, string>(text.MaxLines, StringComparer.Ordinal);
        var lookup = kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        // A few kinds strings ("cog", "top", "cog,top", ...) serve thirty thousand forms: one string each.
        var distinct = new TextPool();
        while (text.TryReadWord(out var line))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0) lookup[line[..tab]] = distinct.Get(line[(tab + 1)..]);
        }
        return new TypedNames(kinds);
    }

    /// <summary>A list given as rows of form, tab, kinds (for tests and tools).</summary>
    public static TypedNames Of(IEnumerable<(string Form, string Kinds)> rows)
        => new(rows.ToDictionary(r => r.Form, r => r.Kinds, StringComparer.Ordinal));
}
