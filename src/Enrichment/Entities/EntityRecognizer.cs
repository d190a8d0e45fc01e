using StaticNews.Text;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// Finds places, people and organisations in the texts of one article (title, paragraphs).
/// Rule based: runs of capitalised words are matched against the place list (longest first,
/// Danish genitive -s resolved, near-misses of places the same article names folded in); what
/// is left becomes a person or organisation when the text gives evidence it is a name and not
/// a capitalised sentence opener.
/// </summary>
public sealed class EntityRecognizer(Gazetteer places, CommonWords commonWords)
{
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Airlines", "Airways", "Air", "Tours", "A/S", "ApS", "Bank", "Banken", "Partiet", "Parti", "Universitet",
        "Hospital", "Airport", "FC", "Gruppen", "Group", "Holding", "Fonden", "Forening", "Ministeriet", "Rådet",
        "Styrelsen", "Kommune", "Region", "Politi", "Company", "Inc", "Ltd", "News", "TV", "Radio", "Forsvaret",
    };

    public IReadOnlyList<EntityMention> Recognize(IReadOnlyList<string> texts)
    {
        var tokenized = texts.Select(Tokenizer.Tokenize).ToList();
        var capitalisedMidSentence = tokenized.SelectMany(t => t)
            .Where(t => !t.SentenceStart && t.IsCapitalised)
            .Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

        var mentions = new List<EntityMention>();
        var leftovers = new List<(int TextIndex, List<Token> Chunk)>();
        for (var index = 0; index < tokenized.Count; index++)
        {
            foreach (var run in CapitalisedRuns(tokenized[index]))
                MatchPlaces(index, run, mentions, leftovers);
        }

        ResolveLeftovers(texts, leftovers, mentions, capitalisedMidSentence);
        return mentions.OrderBy(m => m.TextIndex).ThenBy(m => m.Start).ToList();
    }

    private static IEnumerable<List<Token>> CapitalisedRuns(List<Token> tokens)
    {
        var run = new List<Token>();
        foreach (var token in tokens)
        {
            if (token.IsCapitalised && (run.Count == 0 || token.JoinedToPrevious))
            {
                run.Add(token);
                continue;
            }
            if (run.Count > 0) yield return run;
            run = token.IsCapitalised ? [token] : [];
        }
        if (run.Count > 0) yield return run;
    }

    private void MatchPlaces(int textIndex, List<Token> run, List<EntityMention> mentions, List<(int, List<Token>)> leftovers)
    {
        var chunk = new List<Token>();
        var i = 0;
        while (i < run.Count)
        {
            var matched = LongestPlaceAt(run, i);
            if (matched is var (length, place, surface) && !(place.IsCommonWord && run[i].SentenceStart))
            {
                if (chunk.Count > 0) leftovers.Add((textIndex, chunk));
                chunk = [];
                var start = run[i].Start;
                mentions.Add(new EntityMention(EntityType.Location, textIndex, start, run[i + length - 1].End - start, surface, place.Name));
                i += length;
            }
            else
            {
                chunk.Add(run[i]);
                i++;
            }
        }
        if (chunk.Count > 0) leftovers.Add((textIndex, chunk));
    }

    private (int Length, Place Place, string Surface)? LongestPlaceAt(List<Token> run, int i)
    {
        for (var length = Math.Min(places.MaxWords, run.Count - i); length >= 1; length--)
        {
            var surface = string.Join(' ', run.Skip(i).Take(length).Select(t => t.Text));
            if (places.TryFind(surface, out var place)) return (length, place, surface);
            if (GenitiveBase(surface) is { } stem && places.TryFind(stem, out place)) return (length, place, surface);
        }
        return null;
    }

    // Danish genitive: "Armeniens", "Billunds"; a name already ending in s takes an apostrophe ("Paris'").
    private static string? GenitiveBase(string word)
    {
        if (word.EndsWith('\'') || word.EndsWith('’')) return word[..^1];
        return word.Length > 3 && word.EndsWith('s') ? word[..^1] : null;
    }

    private void ResolveLeftovers(IReadOnlyList<string> texts, List<(int TextIndex, List<Token> Chunk)> leftovers,
        List<EntityMention> mentions, HashSet<string> capitalisedMidSentence)
    {
        var names = new List<(int TextIndex, List<Token> Tokens)>();
        foreach (var (textIndex, chunk) in leftovers)
        {
            var tokens = chunk;
            // A capitalised sentence opener ("Ifølge", "Torsdag", "Men") is not part of a name
            // unless the text writes it capitalised mid-sentence as well.
            if (tokens[0].SentenceStart && !tokens[0].IsAllCaps && !capitalisedMidSentence.Contains(tokens[0].Text)
                && (tokens.Count == 1 || commonWords.Contains(tokens[0].Text)))
                tokens = tokens.Skip(1).ToList();
            if (tokens.Count > 0) names.Add((textIndex, tokens));
        }

        var articlePlaces = mentions.Select(m => m.Canonical).Distinct().ToList();
        var people = new List<string>();
        var singleCounts = names.Where(n => n.Tokens.Count == 1)
            .GroupBy(n => n.Tokens[0].Text).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        foreach (var (textIndex, tokens) in names)
        {
            var start = tokens[0].Start;
            var length = tokens[^1].End - start;
            var surface = texts[textIndex].Substring(start, length);

            if (NearPlace(surface, articlePlaces) is { } near)
            {
                mentions.Add(new EntityMention(EntityType.Location, textIndex, start, length, surface, near));
                continue;
            }

            if (tokens.Count > 1)
            {
                var type = tokens.Any(t => OrganisationWords.Contains(t.Text)) ? EntityType.Organisation : EntityType.Person;
                if (type == EntityType.Person) people.Add(surface);
                mentions.Add(new EntityMention(type, textIndex, start, length, surface, surface));
                continue;
            }

            var word = tokens[0];
            var fullName = people.FirstOrDefault(p => p.EndsWith(" " + word.Text, StringComparison.Ordinal));
            if (fullName != null)
                mentions.Add(new EntityMention(EntityType.Person, textIndex, start, length, surface, fullName));
            else if (word.Text.Length >= 2 && !commonWords.Contains(word.Text)
                     && (word.IsAllCaps || singleCounts[word.Text] >= 2))
                mentions.Add(new EntityMention(EntityType.Organisation, textIndex, start, length, surface, surface));
        }
    }

    /// <summary>A misspelling of a place this article already names ("Nagorno-Kharabakh").</summary>
    private static string? NearPlace(string surface, List<string> articlePlaces)
    {
        if (surface.Length < 8) return null;
        var key = PlaceNameKey.Of(surface);
        foreach (var place in articlePlaces)
        {
            var placeKey = PlaceNameKey.Of(place);
            if (Math.Abs(placeKey.Length - key.Length) <= 2 && EditDistance.Within(key, placeKey, key.Length >= 12 ? 2 : 1))
                return place;
        }
        return null;
    }
}
