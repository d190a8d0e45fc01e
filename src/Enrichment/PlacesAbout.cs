using StaticNews.Enrichment.Entities;

namespace StaticNews.Enrichment;

/// <summary>
/// Of the places the recogniser found in an article, the ones it is about, which go to its
/// <c>locations</c>. An article naming up to <see cref="ListedWhole"/> places keeps them all: a
/// news text names a handful, and each is likely part of the story (the towns of a round-up of
/// new mayors, each named once). Past that the text is naming places in passing, and the list
/// keeps those it is about: a place named in the headline (text 0) or in the lead, or named at least
/// twice anywhere (its mentions counted under the recogniser's canonical name, so "Armeniens"
/// and a misspelling it folded in count towards Armenien). A place named once in passing further
/// down is left out: a place's page lists the articles about the place, and full-text search
/// still finds the article by the word. When no place qualifies, the first one named is kept: an
/// article that names a place keeps its own place (its kicker and schema.org contentLocation).
/// The places keep the order of their first mention.
/// </summary>
public static class PlacesAbout
{
    /// <summary>Named this often, a place is one the article is about wherever it stands.</summary>
    public const int MinMentions = 2;

    /// <summary>An article naming this many places or fewer keeps every one of them.</summary>
    public const int ListedWhole = 8;

    /// <summary>
    /// The canonical names, in order of first mention, of the places <paramref name="mentions"/>
    /// (the recogniser's, in text order; other types are passed over) show the article is about.
    /// The lead is the characters [<paramref name="leadStart"/>, <paramref name="leadEnd"/>) of
    /// text <paramref name="leadText"/>.
    /// </summary>
    public static IReadOnlyList<string> Select(IReadOnlyList<EntityMention> mentions, int leadText, int leadStart, int leadEnd)
    {
        var places = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var prominent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.Type != EntityType.Location) continue;
            if (!counts.TryAdd(mention.Canonical, 1))
                counts[mention.Canonical]++;
            else
                places.Add(mention.Canonical);
            var inLead = mention.TextIndex == leadText && mention.Start >= leadStart && mention.Start < leadEnd;
            if (mention.TextIndex == 0 || inLead) prominent.Add(mention.Canonical);
        }
        if (places.Count <= ListedWhole) return places;
        var about = places.Where(p => prominent.Contains(p) || counts[p] >= MinMentions).ToList();
        return about.Count == 0 && places.Count > 0 ? [places[0]] : about;
    }
}
