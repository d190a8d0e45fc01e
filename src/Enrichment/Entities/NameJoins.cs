using StaticNews.Text;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// Keeps multi-word names whole where the tagger, which learnt from news of the 1990s, cuts them:
/// "TV SYD" (an acronym and the all-capitals word after it), "Landbrug &amp; Fødevarer" (names
/// joined by an ampersand), "Region Syddanmark" and "Retten i Aarhus" (an institution named by its
/// place), "FC København" (a club named by its town), "EU-Kommissionen" and "Europa-Parlamentet" (a capitalised compound ending in a definite
/// noun), "Ursula von der Leyen" (a name with its particles); and the Danish parties
/// (<see cref="DanishParties"/>) are organisations. Works on the labels of one sentence.
/// </summary>
internal sealed class NameJoins(Gazetteer places, CommonWords commonWords)
{
    private const int BeginOrganisation = 5;
    private const int BeginPerson = 3;

    // Words that name a Danish institution by the place it serves: "Region Midtjylland", "Retten i Aarhus".
    private static readonly HashSet<string> InstitutionHeads = new(StringComparer.Ordinal) { "Region", "Retten", "Byretten" };

    // Definite nouns that end the name of a body: "EU-Kommissionen", "Europa-Parlamentet", "PL-Fonden".
    private static readonly string[] InstitutionNouns =
    [
        "kommissionen", "parlamentet", "rådet", "domstolen", "banken", "ministeriet", "styrelsen", "udvalget", "tinget",
        "regeringen", "agenturet", "politiet", "partiet", "fonden", "forbundet", "unionen", "skolen", "universitetet",
        "instituttet", "selskabet", "akademiet", "kontoret", "direktoratet", "foreningen", "organisationen",
    ];

    // Particles inside a person's name; "de" and "da" only between two parts the tagger already called a person.
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "von", "van", "der", "den", "zu", "bin", "ibn", "al", "el", "del", "di", "dos", "la" };
    private static readonly HashSet<string> WeakParticles = new(StringComparer.Ordinal) { "de", "da", "du" };

    /// <summary>Whether a name starts with a word that names an institution by its place ("Region Syddanmark").</summary>
    public static bool IsInstitution(List<Token> name) => name.Count > 1 && InstitutionHeads.Contains(name[0].Text);

    public void Apply(List<Token> sentence, int[] labels)
    {
        JoinInstitutions(sentence, labels);
        JoinClubPrefixes(sentence, labels);
        JoinAmpersands(sentence, labels);
        JoinCapitalsAfterAcronyms(sentence, labels);
        MarkDefiniteCompounds(sentence, labels);
        JoinParticles(sentence, labels);
        DropTitles(sentence, labels);
        JoinHyphenCoordination(sentence, labels);
        MarkParties(sentence, labels);
    }

    // A title or role noun at either edge of a person's name is no part of it, nor a name of its
    // own: "Fru Baumann", "Lady Pamela Colin Campbell", "Dommeren Leonid Akubzhanov".
    private void DropTitles(List<Token> sentence, int[] labels)
    {
        for (var i = 0; i < sentence.Count; i++)
        {
            // A title the tagger made a name of its own right before a person's ("Fru" as an organisation).
            if (i + 1 < sentence.Count && labels[i + 1] == BeginPerson && BioLabels.TypeOf(labels[i]) != null && !BioLabels.IsInside(labels[i])
                && PersonRoles.IsTitle(sentence[i].Text, commonWords))
                labels[i] = 0;
            if (labels[i] != BeginPerson) continue;
            var end = i + 1;
            while (end < sentence.Count && labels[end] == BeginPerson + 1) end++;
            if (end - i < 2) continue;
            if (PersonRoles.IsTitle(sentence[i].Text, commonWords))
            {
                labels[i] = 0;
                labels[i + 1] = BeginPerson;
                i++;
            }
            if (end - i >= 2 && PersonRoles.IsTitle(sentence[end - 1].Text, commonWords)) labels[end - 1] = 0;
            i = end - 1;
        }
    }

    // "Øst- og Centraleuropa", "Net- og Trafiksektionen": a capitalised first part ending in a
    // hyphen, coordinated with a name the tagger found, belongs to that name.
    private void JoinHyphenCoordination(List<Token> sentence, int[] labels)
    {
        for (var i = 0; i + 3 < sentence.Count; i++)
        {
            // The hyphen is a token of its own, written against the word before it.
            if (labels[i] != 0 || !sentence[i].IsCapitalised || sentence[i + 1].Text != "-" || sentence[i].End != sentence[i + 1].Start) continue;
            if (sentence[i + 2].Text is not ("og" or "eller") || labels[i + 1] != 0 || labels[i + 2] != 0) continue;
            if (BioLabels.TypeOf(labels[i + 3]) == null || BioLabels.IsInside(labels[i + 3])) continue;
            // Coordinated with a place the list holds, or a first part that with the last part's tail
            // is one ("Øst-" and "-europa"), the whole is a place, whatever the tagger called the part.
            var onePlace = (i + 4 == sentence.Count || !BioLabels.IsInside(labels[i + 4])) && (IsPlace(sentence[i + 3].Text) || SharesPlaceTail(sentence[i].Text, sentence[i + 3].Text));
            var begin = onePlace ? BioLabels.IndexOf("B-LOC") : labels[i + 3];
            labels[i] = begin;
            for (var k = i + 1; k <= i + 3; k++) labels[k] = begin + 1;
        }
    }

    // "Venstre" and "Konservative" are also everyday words: only capitalised mid-sentence, or
    // where the tagger already saw a name there, are they the party.
    private static void MarkParties(List<Token> sentence, int[] labels)
    {
        var words = TokenTexts.Of(sentence);
        for (var i = 0; i < sentence.Count; i++)
        {
            var length = DanishParties.LengthAt(words, i);
            if (length == 0) continue;
            // Inside a longer name the tagger found ("Det radikale Venstre", "Det Konservative
            // Folkepartis Hovedbestyrelse") the party's words stay where they are.
            if (BioLabels.IsInside(labels[i]) || i + length < sentence.Count && BioLabels.IsInside(labels[i + length]))
            {
                i += length - 1;
                continue;
            }
            var everyday = length == 1 && words[i] is "Venstre" or "Konservative" or "Radikale" or "Alternativet";
            if (everyday && sentence[i].SentenceStart && labels[i] == 0) continue;
            Label(labels, i, i + length, BeginOrganisation);
            i += length - 1;
        }
    }

    private bool IsPlace(string name) => places.TryFind(name, out var place) && !place.IsCommonWord;

    // "Øst" and "Centraleuropa" share the tail that makes "Østeuropa" a place on the list.
    private bool SharesPlaceTail(string first, string last)
    {
        for (var k = 1; k + 3 <= last.Length; k++)
        {
            var tail = last[k..].TrimStart('-');
            if (tail.Length >= 3 && IsPlace(first + char.ToLowerInvariant(tail[0]) + tail[1..])) return true;
        }
        return false;
    }

    // Letters that open a sports club's name: "FC København", "AC Torino", "IF Elfsborg".
    private static readonly HashSet<string> ClubPrefixes = new(StringComparer.Ordinal) { "FC", "AC", "AS", "SC", "FK", "BK", "IF", "IK", "SK", "SV", "VfB", "VfL" };

    // A club named by its town is the club, not the town: "til FC Københavns kampe", "mod AC Torino".
    private static void JoinClubPrefixes(List<Token> sentence, int[] labels)
    {
        for (var i = 0; i + 1 < sentence.Count; i++)
        {
            if (!ClubPrefixes.Contains(sentence[i].Text) || !sentence[i + 1].IsCapitalised || BioLabels.IsInside(labels[i + 1])) continue;
            var end = i + 2;
            while (end < sentence.Count && BioLabels.IsInside(labels[end]) && labels[end] == labels[i + 1] + 1) end++;
            Label(labels, i, end, BeginOrganisation);
            i = end - 1;
        }
    }

    private static void JoinInstitutions(List<Token> sentence, int[] labels)
    {
        for (var i = 0; i + 1 < sentence.Count; i++)
        {
            if (!InstitutionHeads.Contains(sentence[i].Text)) continue;
            var place = sentence[i + 1].Text is "i" or "på" ? i + 2 : i + 1;
            if (place >= sentence.Count || !sentence[place].IsCapitalised) continue;
            var end = place + 1;
            // The place name the tagger marked may run over several tokens ("Retten på Frederiksberg").
            while (end < sentence.Count && BioLabels.IsInside(labels[end])) end++;
            Label(labels, i, end, BeginOrganisation);
            i = end - 1;
        }
    }

    private static void JoinAmpersands(List<Token> sentence, int[] labels)
    {
        for (var i = 1; i + 1 < sentence.Count; i++)
        {
            if (sentence[i].Text != "&" || !sentence[i - 1].IsCapitalised || !sentence[i + 1].IsCapitalised) continue;
            if (labels[i - 1] is not (0 or 5 or 6) || labels[i + 1] is not (0 or 5 or 6)) continue;
            var start = i - 1;
            while (start > 0 && labels[start] == 6) start--;
            var end = i + 2;
            while (end < sentence.Count && labels[end] == 6) end++;
            Label(labels, start, end, BeginOrganisation);
        }
    }

    private static void JoinCapitalsAfterAcronyms(List<Token> sentence, int[] labels)
    {
        for (var i = 1; i < sentence.Count; i++)
        {
            if (labels[i] != 0 || !IsCapitalsWord(sentence[i]) || labels[i - 1] is not (5 or 6)) continue;
            if (!IsCapitalsWord(sentence[i - 1])) continue;
            labels[i] = 6;
        }
    }

    private static bool IsCapitalsWord(Token token) => token.IsAllCaps && token.Text.All(char.IsLetter) && token.Text.Length <= 6;

    private void MarkDefiniteCompounds(List<Token> sentence, int[] labels)
    {
        for (var i = 0; i < sentence.Count; i++)
        {
            var text = sentence[i].Text;
            if (labels[i] != 0 || text.IndexOf('-') <= 0) continue;
            var parts = text.Split('-');
            if (parts.Any(p => p.Length == 0 || !char.IsUpper(p[0]))) continue;
            var last = parts[^1];
            if (last.Length < 5 || !last.EndsWith("en", StringComparison.Ordinal) && !last.EndsWith("et", StringComparison.Ordinal) && !last.EndsWith("ne", StringComparison.Ordinal)) continue;
            if (last.Skip(1).Any(char.IsUpper) || places.TryFind(text, out _)) continue;
            // The last part must be a Danish noun in its definite form that names a body
            // ("Kommissionen", "Parlamentet", "Fonden"), not a name that ends so ("Slesvig-Holsten",
            // "Rest-Jugoslavien") nor a treaty or an event.
            var lower = last.ToLowerInvariant();
            if (!InstitutionNouns.Any(n => lower.EndsWith(n, StringComparison.Ordinal)) && !commonWords.Contains(lower)) continue;
            labels[i] = BeginOrganisation;
        }
    }

    private bool IsPlainName(Token token)
        => !token.SentenceStart && !token.IsAllCaps && !commonWords.Contains(token.Text.ToLowerInvariant()) && !places.TryFind(token.Text, out _);

    private void JoinParticles(List<Token> sentence, int[] labels)
    {
        for (var i = 1; i < sentence.Count; i++)
        {
            if (labels[i] != 0 || labels[i - 1] is not (3 or 4)) continue;
            var end = i;
            var weak = false;
            while (end < sentence.Count && end - i < 2 && labels[end] == 0 && (NameParticles.Contains(sentence[end].Text) || WeakParticles.Contains(sentence[end].Text)))
            {
                weak |= WeakParticles.Contains(sentence[end].Text);
                end++;
            }
            if (end == i || end >= sentence.Count || !sentence[end].IsCapitalised) continue;
            // After a weak particle, the word must be a name the tagger saw, or at least no everyday word or place ("Mike de Vine").
            if (labels[end] != BeginPerson && (labels[end] != 0 || weak && !IsPlainName(sentence[end]))) continue;
            var last = end + 1;
            while (last < sentence.Count && labels[last] == 4) last++;
            for (var k = i; k < last; k++) labels[k] = 4;
            i = last - 1;
        }
    }

    /// <summary>Labels tokens [start, end) as one span starting with <paramref name="begin"/>.</summary>
    private static void Label(int[] labels, int start, int end, int begin)
    {
        labels[start] = begin;
        for (var k = start + 1; k < end; k++) labels[k] = begin + 1;
        // A span the join cut into continues as its own span.
        if (end < labels.Length && BioLabels.IsInside(labels[end])) labels[end] -= 1;
    }
}
