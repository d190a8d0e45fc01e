using StaticNews.Text;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// Finds places, people and organisations in the texts of one article (title, paragraphs).
/// The statistical tagger (<see cref="EntityTagger"/>, trained on Danish news) marks the spans;
/// the place list then names them: a location's canonical name is its place-list entry (genitive
/// -s resolved, English and variant spellings mapped to the Danish name, near-misses of a place
/// the same article names folded in), a country or foreign town the tagger took for an
/// organisation (an actor, "Rusland") stays a place (a Danish town so taken is its club or
/// council, and stays an organisation), and a capitalised place-list name the tagger passed over
/// is still a place. A short name ("Aliyev") counts towards the full name the article uses
/// ("Ilham Aliyev"); a capitalised everyday word at a sentence start is never a tag.
/// Names are read as readers expect them: an organisation is never a place of a similar name
/// ("Hamas" is not the genitive of "Hama"), a place-list name is never a person, genitives fold
/// ("EU's" → EU), multi-word names stay whole (<see cref="NameJoins"/>), a news agency quoted as
/// the source is no subject (<see cref="NewsSources"/>), a "person" without a given name that its
/// sentence shows to be a company is an organisation (<see cref="CompanyContext"/>), a car model or a
/// vessel is no person (<see cref="ThingNames"/>), and a place
/// named inside an organisation's name in the title or lead ("Odense Zoo") is among the article's places.
/// </summary>
public sealed class EntityRecognizer(Gazetteer places, CommonWords commonWords, EntityTagger? tagger = null, TypedNames? typedNames = null)
{
    private readonly EntityTagger _tagger = tagger ?? EntityTagger.Bundled(places, commonWords);
    private readonly TypedNames _typedNames = typedNames ?? TypedNames.Bundled;
    private readonly NameJoins _joins = new(places, commonWords);

    // Sentence and Start: where the tagger's span stands, for the context rules; null for places found by the list.
    private readonly record struct Span(EntityType Type, int TextIndex, List<Token> Tokens, bool QuotedSource = false, List<Token>? Sentence = null, int Start = 0);

    /// <summary>
    /// Recognises a short made-up text and forgets the answer: what any first article pays once
    /// (the feature extractor's tables, the first lookups in every list) is then paid by the thread
    /// that loads the tagger while ingest lists the archive, not by the draft ingest waits for. It
    /// leaves behind only per-word-form caches, which answer as the work they save would.
    /// </summary>
    public void WarmUp() => Recognize(["Statsminister Mette Frederiksen (S) mødtes i går med Venstres formand i Aarhus.", "EU's ministre mødes i Bruxelles."]);

    public IReadOnlyList<EntityMention> Recognize(IReadOnlyList<string> texts)
    {
        var tagged = new List<(int TextIndex, List<Token> Sentence, int[] Labels)>();
        for (var index = 0; index < texts.Count; index++)
        {
            foreach (var sentence in SentenceTokenizer.Split(texts[index]))
            {
                var labels = _tagger.Tag(TokenTexts.Of(sentence));
                MarkAcronyms(sentence, labels);
                ExtendLeft(sentence, labels);
                _joins.Apply(sentence, labels);
                ThingNames.Clear(sentence, labels);
                tagged.Add((index, sentence, labels));
            }
        }
        MarkRepeats(tagged);

        var spans = new List<Span>();
        foreach (var (index, sentence, labels) in tagged)
        {
            {
                var covered = new bool[sentence.Count];
                for (var i = 0; i < sentence.Count; i++)
                {
                    if (BioLabels.TypeOf(labels[i]) is not { } type || BioLabels.IsInside(labels[i]) && i > 0 && covered[i - 1]) continue;
                    var end = i + 1;
                    while (end < sentence.Count && labels[end] == labels[i] + 1) end++;
                    spans.Add(new Span(type, index, sentence.GetRange(i, end - i), NewsSources.IsQuotedSource(sentence, i, end), sentence, i));
                    for (var k = i; k < end; k++) covered[k] = true;
                }
                AddPlacesPassedOver(spans, index, sentence, covered);
            }
        }

        spans = Retype(DropQuotedSources(texts, spans), texts);
        var mentions = new List<EntityMention>();
        var articlePlaces = new List<string>();
        // Loops over the spans rather than LINQ: iterators over Span, a struct, are generic code the
        // ReadyToRun image lacks, compiled anew in every build that tags an article.
        var fullPersonNames = new List<string>();
        var namedAsPlaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            if (span.Type == EntityType.Person && span.Tokens.Count > 1) fullPersonNames.Add(Surface(texts, span));
            else if (span.Type == EntityType.Location) namedAsPlaces.Add(Surface(texts, span));
        }
        var spanPlaces = new Place?[spans.Count];
        for (var s = 0; s < spans.Count; s++) spanPlaces[s] = PlaceOf(spans[s], fullPersonNames, namedAsPlaces);
        // Places first, so that near-misses can be folded into places named anywhere in the article.
        for (var s = 0; s < spans.Count; s++)
        {
            if (spanPlaces[s] is { } place)
            {
                articlePlaces.Add(place.Name);
                mentions.Add(Mention(texts, spans[s], EntityType.Location, place.Name));
            }
        }
        // Per type, its names and those of more than one word: made once per article, not once per name.
        var namesOfType = new NamesOfType?[(int)EntityType.Organisation + 1];
        var nearPlaces = new NearPlaces(articlePlaces);
        for (var s = 0; s < spans.Count; s++)
        {
            if (spanPlaces[s] != null) continue;
            var span = spans[s];
            var surface = Surface(texts, span);
            // A misspelt place is read as a place or a person, never as an organisation: an
            // organisation may well have a name near a place's ("Hamas", "Hama").
            if (span.Type != EntityType.Organisation && nearPlaces.Near(surface) is { } near)
            {
                mentions.Add(Mention(texts, span, EntityType.Location, near));
                continue;
            }
            if (span.Type == EntityType.Location)
            {
                if (IsPoliticalCompass(surface)) continue;
                mentions.Add(Mention(texts, span, EntityType.Location, surface));
                continue;
            }
            if (span.Tokens.Count == 1 && IsOrdinaryWord(span.Tokens[0])) continue;
            var sameType = namesOfType[(int)span.Type] ??= NamesOfType.Of(span.Type, spans, spanPlaces, texts);
            var canonical = FullName(surface, sameType.Names, sameType.FullNames, span.Type == EntityType.Person);
            mentions.Add(Mention(texts, span, span.Type, canonical));
            if (span.Type == EntityType.Organisation && span.TextIndex <= 1) mentions.AddRange(PlacesInside(texts, span));
        }
        return InTextOrder(mentions);
    }

    /// <summary>The names of one type (not places) the article's spans give, and those of them of more than one word.</summary>
    private sealed record NamesOfType(List<string> Names, List<string> FullNames)
    {
        public static NamesOfType Of(EntityType type, List<Span> spans, Place?[] spanPlaces, IReadOnlyList<string> texts)
        {
            var names = new List<string>();
            var fullNames = new List<string>();
            for (var s = 0; s < spans.Count; s++)
            {
                if (spans[s].Type != type || spanPlaces[s] != null) continue;
                var name = Surface(texts, spans[s]);
                names.Add(name);
                if (name.Contains(' ')) fullNames.Add(name);
            }
            return new NamesOfType(names, fullNames);
        }
    }

    /// <summary>
    /// The mentions by text, then by where they start; mentions at the same place keep their
    /// order. An insertion sort: an article's mentions are few and come nearly in order.
    /// </summary>
    private static List<EntityMention> InTextOrder(List<EntityMention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var j = i - 1;
            for (; j >= 0 && (mentions[j].TextIndex > mention.TextIndex || mentions[j].TextIndex == mention.TextIndex && mentions[j].Start > mention.Start); j--)
                mentions[j + 1] = mentions[j];
            mentions[j + 1] = mention;
        }
        return mentions;
    }

    /// <summary>
    /// A news agency quoted as a source in every mention and not named in the title is left out
    /// (the title is text 0: an article about the agency names it there).
    /// </summary>
    private static List<Span> DropQuotedSources(IReadOnlyList<string> texts, List<Span> spans)
    {
        var subjects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            if (span.QuotedSource && span.TextIndex != 0) continue;
            var surface = Surface(texts, span);
            if (NewsSources.IsAgency(surface)) subjects.Add(surface);
        }
        var kept = new List<Span>(spans.Count);
        foreach (var span in spans)
            if (!span.QuotedSource || subjects.Contains(Surface(texts, span))) kept.Add(span);
        return kept;
    }

    /// <summary>
    /// The typed name list corrects the tagger's type where it is sure: a name it lists only as an
    /// organisation is one ("Hamas" tagged as a place); so is a one-word "person" with the ending
    /// of a definite plural or neuter ("Moderaterne", "Socialdemokratiet"), which no person's name has.
    /// </summary>
    private List<Span> Retype(List<Span> spans, IReadOnlyList<string> texts)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.Type == EntityType.Organisation) continue;
            var surface = Surface(texts, span);
            var organisation = _typedNames.IsOnlyOrganisation(surface) || ApostropheGenitiveBase(surface) is { } stem && _typedNames.IsOnlyOrganisation(stem);
            if (!organisation && span.Type == EntityType.Person && span.Tokens.Count == 1)
                organisation = surface.EndsWith("erne", StringComparison.Ordinal) || surface.EndsWith("iet", StringComparison.Ordinal);
            if (organisation) spans[s] = span with { Type = EntityType.Organisation };
        }
        return RetypeCompanies(RetypePeople(spans, texts), texts);
    }

    /// <summary>
    /// A name of two or three capitalised words after a role noun ("general Zivota Panic",
    /// "kineseren Wan Shengwen") is a person, whatever the tagger called it, unless the typed list
    /// or the place list knows the whole name as an organisation or a place.
    /// </summary>
    private List<Span> RetypePeople(List<Span> spans, IReadOnlyList<string> texts)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.Type == EntityType.Person || span.Sentence is not { } sentence || span.Tokens.Count is < 2 or > 3) continue;
            if (span.Tokens.Any(t => !t.IsCapitalised || t.IsAllCaps)) continue;
            var surface = Surface(texts, span);
            if (_typedNames.KindsOf(surface) != null || places.TryFind(surface, out _) || NameJoins.IsInstitution(span.Tokens)) continue;
            if (PersonRoles.HasRoleBefore(sentence, span.Start)) spans[s] = span with { Type = EntityType.Person };
        }
        return spans;
    }

    /// <summary>
    /// A "person" without a given name that its sentence shows to be a company is one: a company
    /// noun heads it or refers back to it ("flyselskabet Ryanair", "Ryanair ..., så selskabet"),
    /// or it is coordinated with an organisation ("KLM og Lufthansa"). One reading per article:
    /// its other mentions as a person follow.
    /// </summary>
    private List<Span> RetypeCompanies(List<Span> spans, IReadOnlyList<string> texts)
    {
        var companies = new HashSet<string>(StringComparer.Ordinal);
        // Until nothing changes: in "KLM, Lufthansa og Ryanair" Ryanair follows Lufthansa.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var span in spans)
            {
                if (span.Type != EntityType.Person || span.Sentence is not { } sentence || HasGivenName(span.Tokens)) continue;
                var surface = Surface(texts, span);
                if (companies.Contains(surface)) continue;
                var end = span.Start + span.Tokens.Count;
                // Coordination is weaker evidence than a company noun ("Ib Steen Andersen, Nordjyllands
                // Amt" is an apposition, "Stuck, Jelinski og Biela" drivers): only for a name with no
                // person's name in it at all.
                var company = CompanyContext.HasCompanyNoun(sentence, span.Start, end)
                              || !HasAnyPersonName(span.Tokens) && spans.Any(o => ReferenceEquals(o.Sentence, sentence) && (o.Type == EntityType.Organisation || companies.Contains(Surface(texts, o)))
                                                && CompanyContext.AreCoordinated(sentence, span.Start, end, o.Start, o.Start + o.Tokens.Count));
                if (company) changed = companies.Add(surface);
            }
        }
        if (companies.Count == 0) return spans;
        for (var s = 0; s < spans.Count; s++)
            if (spans[s].Type == EntityType.Person && companies.Contains(Surface(texts, spans[s]))) spans[s] = spans[s] with { Type = EntityType.Organisation };
        return spans;
    }

    /// <summary>Any word a given or family name (typed ant or cog), or an initial ("A.").</summary>
    private bool HasAnyPersonName(List<Token> tokens)
        => tokens.Any(t => t.Text is [_, '.'] || _typedNames.KindsOf(t.Text) is { } kinds && (kinds.Contains("ant") || kinds.Contains("cog")));

    /// <summary>
    /// A person's name starts with a given name; a lone family name ("Frederiksen") is a person's
    /// name too. Known from the typed list's first names (ant) and family names (cog).
    /// </summary>
    private bool HasGivenName(List<Token> tokens)
    {
        var kinds = _typedNames.KindsOf(tokens[0].Text);
        if (kinds == null) return false;
        return kinds.Contains("ant") || tokens.Count == 1 && kinds.Contains("cog");
    }

    /// <summary>
    /// The places named as words of an organisation's name ("Odense" in "Odense Zoo", "Aarhus" in
    /// "Retten i Aarhus"), not genitives ("Danmarks Statistik" is about statistics, not Denmark).
    /// </summary>
    private IEnumerable<EntityMention> PlacesInside(IReadOnlyList<string> texts, Span span)
    {
        for (var k = 0; k < span.Tokens.Count; k++)
        {
            for (var length = Math.Min(places.MaxWords, span.Tokens.Count - k); length >= 1; length--)
            {
                if (length == span.Tokens.Count) continue;
                var tokens = span.Tokens.GetRange(k, length);
                if (!tokens[0].IsCapitalised || !places.TryFind(TokenTexts.Joined(tokens), out var place) || place.IsCommonWord) continue;
                yield return Mention(texts, span with { Tokens = tokens }, EntityType.Location, place.Name);
                k += length - 1;
                break;
            }
        }
    }

    /// <summary>
    /// The places of a text in a language the tagger was not trained for: only names on the place
    /// list, as capitalised words, each under its canonical name ("Brussels" → Bruxelles).
    /// No people or organisations: a Danish model's guesses on English text are noise.
    /// </summary>
    public IReadOnlyList<EntityMention> RecognizePlaces(IReadOnlyList<string> texts)
    {
        var spans = new List<Span>();
        for (var index = 0; index < texts.Count; index++)
            foreach (var sentence in SentenceTokenizer.Split(texts[index]))
                AddPlacesPassedOver(spans, index, sentence, new bool[sentence.Count]);
        var mentions = new List<EntityMention>();
        foreach (var span in spans)
            if (PlaceOf(span, [], []) is { } place)
                mentions.Add(Mention(texts, span, EntityType.Location, place.Name));
        return mentions;
    }

    private static EntityMention Mention(IReadOnlyList<string> texts, Span span, EntityType type, string canonical)
        => new(type, span.TextIndex, span.Tokens[0].Start, span.Tokens[^1].End - span.Tokens[0].Start, Surface(texts, span), canonical);

    private static string Surface(IReadOnlyList<string> texts, Span span)
        => texts[span.TextIndex][span.Tokens[0].Start..span.Tokens[^1].End];

    /// <summary>The place-list entry a span names, if the tagger's reading allows a place.</summary>
    private Place? PlaceOf(Span span, List<string> fullPersonNames, HashSet<string> namedAsPlaces)
    {
        var surface = TokenTexts.Joined(span.Tokens);
        var exact = places.TryFind(surface, out var place);
        if (!exact && !(GenitiveBase(surface) is { } stem && places.TryFind(stem, out place)))
            return null;
        // A word the typed list knows as a name of its own, never as a place, is not the genitive
        // of a place: "Hamas" is not "Hama's".
        if (!exact && _typedNames.KindsOf(surface) is { } kinds && !kinds.Contains("top")) return null;
        if (span.Type == EntityType.Location) return place;
        // A name the place list holds, tagged as a person, is the place ("Kazakstan", "Cluj"),
        // unless it stands for a person the article names in full ("Lund" after "Jens Lund") or
        // is also an everyday word. A Danish town's name is also a family or first name
        // ("Stauning", "Helle"): alone, it is the place only where the article names it as a place too.
        if (span.Type == EntityType.Person)
        {
            if (!exact || place.IsCommonWord) return null;
            if (place.Kind == "dk" && span.Tokens.Count == 1 && !namedAsPlaces.Contains(span.Tokens[0].Text)) return null;
            return fullPersonNames.Any(n => n != surface && (n.EndsWith(" " + surface, StringComparison.Ordinal) || n.StartsWith(surface + " ", StringComparison.Ordinal))) ? null : place;
        }
        // An institution named by its place ("Region Syddanmark") is the institution.
        if (NameJoins.IsInstitution(span.Tokens)) return null;
        // An organisation that is exactly the name of a country or foreign town acting ("Rusland
        // støtter ...") is kept as a place, unless the name is also an everyday word. A Danish town
        // the tagger calls an organisation is mostly its club or its council ("Viborg førte 12-9",
        // "Rudbjerg vil samarbejde med Nakskov"): in DaN+ train, jackknifed, keeping those as places
        // cost LOC 0.6 and ORG 1.1 points of F1.
        return place.IsCommonWord || place.Kind == "dk" ? null : place;
    }

    // Capitalised place-list names the tagger left as O, unless the place list marks the name as an
    // everyday word too ("Ry"). Not the common-word list: Snowball's vocabulary, taken from text
    // that includes the Bible, holds "rom", "kina", "italien", "grækenland", "indien", "israel", so
    // asking it dropped those places at sentence starts ("Rom blev ikke bygget på én dag").
    private void AddPlacesPassedOver(List<Span> spans, int textIndex, List<Token> sentence, bool[] covered)
    {
        var i = 0;
        while (i < sentence.Count)
        {
            if (covered[i] || !char.IsUpper(sentence[i].Text[0]) || sentence[i].Text.Length < 2)
            {
                i++;
                continue;
            }
            var matched = PlaceRunAt(sentence, i, covered);
            if (matched == 0)
            {
                i++;
                continue;
            }
            spans.Add(new Span(EntityType.Location, textIndex, sentence.GetRange(i, matched)));
            i += matched;
        }
    }

    /// <summary>
    /// The length of the longest run of uncovered tokens from <paramref name="start"/> that names a
    /// place (as itself or as a genitive) that may stand there; 0 if none.
    /// </summary>
    private int PlaceRunAt(List<Token> sentence, int start, bool[] covered)
    {
        var longest = Math.Min(places.MaxWords, sentence.Count - start);
        var characters = 0;
        for (var k = start; k < start + longest; k++)
        {
            if (covered[k])
            {
                longest = k - start;
                break;
            }
            characters += sentence[k].Text.Length;
        }
        var room = PlaceRun.Room(characters, longest);
        var run = new PlaceRun(places, room <= 512 ? stackalloc char[room] : new char[room]);
        var matched = 0;
        // Shortest run first, keeping the longest that may stand: the same as trying the longest first.
        for (var length = 1; length <= longest; length++)
        {
            run.Add(sentence[start + length - 1].Text);
            if (run.TryFind(out var place) && !place.IsCommonWord && !IsOwnName(sentence[start + length - 1].Text, length))
                matched = length;
            if (length == 1 && !run.CanGrowIntoPlace) break;
        }
        return matched;
    }

    /// <summary>A one-word run the typed list knows as a name that is no place: "Hamas" found as "Hama"'s genitive.</summary>
    private bool IsOwnName(string word, int length)
        => length == 1 && !places.TryFind(word, out _) && _typedNames.KindsOf(word) is { } kinds && !kinds.Contains("top");

    /// <summary>
    /// An acronym the tagger left out ("KLM", "SUN-AIR"): a short all-capitals token (each
    /// hyphen-separated part at most five letters, no full stop, so not initials) that is neither
    /// an everyday word nor a place, in a sentence that is not set in capitals, is an organisation.
    /// In the DaN+ training file such tokens are organisations about three times in four.
    /// </summary>
    private void MarkAcronyms(List<Token> sentence, int[] labels)
    {
        if (sentence.Count < 3 || AllCapsCount(sentence) > 2) return;
        for (var i = 0; i < sentence.Count; i++)
        {
            var text = sentence[i].Text;
            if (labels[i] != 0 || !IsAcronym(text)) continue;
            var lower = text.ToLowerInvariant();
            if (commonWords.Contains(lower) || places.TryFind(text, out _) || IsRomanNumeral(text)) continue;
            labels[i] = BioLabels.IndexOf("B-ORG");
            if (i + 1 >= sentence.Count) continue;
            // A channel number belongs to the name ("TV 2", "DR 1").
            if (labels[i + 1] == 0 && sentence[i + 1].Text.Length <= 2 && sentence[i + 1].Text.All(char.IsAsciiDigit)) labels[i + 1] = labels[i] + 1;
            else if (BioLabels.IsInside(labels[i + 1])) labels[i + 1] = BioLabels.IndexOf("B-" + BioLabels.All[labels[i + 1]][2..]);
        }
    }

    private static int AllCapsCount(List<Token> sentence)
    {
        var count = 0;
        foreach (var token in sentence)
            if (token.IsAllCaps) count++;
        return count;
    }

    // Loops over the characters, no LINQ: asked of every token the tagger left untagged.
    private static bool IsAcronym(string word)
    {
        var text = word.AsSpan();
        // An acronym's genitive ("EU's", "FN’s") is the acronym.
        if (text.Length > 2 && text[^1] == 's' && text[^2] is '\'' or '’') text = text[..^2];
        if (text.Length < 2 || text.Contains('.')) return false;
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        if (letters == 0) return false;
        foreach (var range in text.Split('-'))
        {
            var part = text[range];
            if (part.Length > 5) return false;
            foreach (var c in part)
                if (!char.IsLetterOrDigit(c)) return false;
        }
        return letters >= 2;
    }

    private static bool IsRomanNumeral(string text) => text.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'M');

    /// <summary>
    /// A name the tagger cut short ("Air Baltic" tagged as "Baltic"): a capitalised word right
    /// before an organisation span, left as O, that is neither an everyday word nor a place, joins
    /// the span. (Not for people: there the word before is mostly a title, "Direktør", "Fru".)
    /// </summary>
    private void ExtendLeft(List<Token> sentence, int[] labels)
    {
        for (var i = sentence.Count - 1; i >= 1; i--)
        {
            if (labels[i] != 5 || labels[i - 1] != 0) continue;
            var word = sentence[i - 1];
            if (!word.IsCapitalised || word.Text.Length < 2 || commonWords.Contains(word.Text.ToLowerInvariant()) || places.TryFind(word.Text, out _)) continue;
            labels[i - 1] = labels[i];
            labels[i] = labels[i] + 1;
        }
    }

    /// <summary>
    /// One reading per article: a name the tagger marked somewhere in the article is marked where
    /// it recurs untagged (same words, same type), unless it is an everyday word at a sentence start.
    /// </summary>
    private void MarkRepeats(List<(int TextIndex, List<Token> Sentence, int[] Labels)> tagged)
    {
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, sentence, labels) in tagged)
            for (var i = 0; i < sentence.Count; i++)
            {
                if (BioLabels.TypeOf(labels[i]) == null || BioLabels.IsInside(labels[i])) continue;
                var end = i + 1;
                while (end < sentence.Count && labels[end] == labels[i] + 1) end++;
                named.TryAdd(JoinedKey(sentence, i, end - i), labels[i]);
            }
        if (named.Count == 0) return;
        // A loop, not Keys.Max: LINQ's Max over an int selector is code in no ReadyToRun image.
        var longest = 0;
        foreach (var key in named.Keys) longest = Math.Max(longest, key.Count(c => c == ' ') + 1);
        // Tokens hold no spaces, so a name's key starts with its first token: where the token
        // starts no name, no run can match and no key needs joining.
        var firstTokens = named.Keys.Select(k => k.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        var byKey = named.GetAlternateLookup<ReadOnlySpan<char>>();
        char[]? buffer = null;
        foreach (var (_, sentence, labels) in tagged)
            for (var i = 0; i < sentence.Count; i++)
            {
                if (labels[i] != 0 || !sentence[i].IsCapitalised || !firstTokens.Contains(sentence[i].Text)) continue;
                for (var length = Math.Min(longest, sentence.Count - i); length >= 1; length--)
                {
                    if (AnyLabelled(labels, i, length)) continue;
                    if (i + length < sentence.Count && BioLabels.IsInside(labels[i + length])) continue;
                    var room = JoinedLength(sentence, i, length);
                    if (buffer == null || buffer.Length < room) buffer = new char[Math.Max(room, 256)];
                    if (!byKey.TryGetValue(JoinInto(buffer, sentence, i, length), out var label)) continue;
                    if (length == 1 && sentence[i].SentenceStart && commonWords.Contains(sentence[i].Text)) continue;
                    labels[i] = label;
                    for (var k = i + 1; k < i + length; k++) labels[k] = label + 1;
                    break;
                }
            }
    }

    /// <summary>The tokens' words joined by single spaces: a name's key in <see cref="MarkRepeats"/>.</summary>
    private static string JoinedKey(List<Token> sentence, int start, int length)
    {
        var buffer = new char[JoinedLength(sentence, start, length)];
        return new string(JoinInto(buffer, sentence, start, length));
    }

    private static int JoinedLength(List<Token> sentence, int start, int length)
    {
        var characters = length - 1;
        for (var k = start; k < start + length; k++) characters += sentence[k].Text.Length;
        return characters;
    }

    private static ReadOnlySpan<char> JoinInto(Span<char> buffer, List<Token> sentence, int start, int length)
    {
        var written = 0;
        for (var k = start; k < start + length; k++)
        {
            if (k > start) buffer[written++] = ' ';
            sentence[k].Text.CopyTo(buffer[written..]);
            written += sentence[k].Text.Length;
        }
        return buffer[..written];
    }

    private static bool AnyLabelled(int[] labels, int start, int length)
    {
        for (var k = start; k < start + length; k++)
            if (labels[k] != 0) return true;
        return false;
    }

    /// <summary>
    /// "Vesten" and "Østen" (the West, the East) name a side in politics, not a place on a map:
    /// no location page is right for them.
    /// </summary>
    private static bool IsPoliticalCompass(string surface)
        => surface is "Vesten" or "Vestens" or "Østen" or "Østens";

    private bool IsOrdinaryWord(Token token)
        => token.Text.Length < 2 || token.SentenceStart && commonWords.Contains(token.Text);

    /// <summary>
    /// "Aliyev" or "Aliyevs" after "Ilham Aliyev" → "Ilham Aliyev" (people); "Billund Lufthavns" →
    /// "Billund Lufthavn" when the article names it so (people and organisations).
    /// </summary>
    private static string FullName(string surface, List<string> names, List<string> fullNames, bool person)
    {
        // An apostrophe marks a genitive beyond doubt ("EU's", "Hamas'"); so does the genitive of
        // a definite noun in an organisation's name ("Folketingets", "Moderaternes").
        if (ApostropheGenitiveBase(surface) is { } plain) surface = plain;
        else if (!person && !surface.Contains(' ') && (surface.EndsWith("ets", StringComparison.Ordinal) || surface.EndsWith("ernes", StringComparison.Ordinal))) surface = surface[..^1];
        var forms = new[] { surface, GenitiveBase(surface) }.OfType<string>().ToList();
        if (person)
        {
            foreach (var form in forms.Where(f => !f.Contains(' ')))
            {
                var full = fullNames.FirstOrDefault(n => n.EndsWith(" " + form, StringComparison.Ordinal))
                           ?? fullNames.FirstOrDefault(n => n.StartsWith(form + " ", StringComparison.Ordinal));
                if (full != null) return full;
            }
        }
        if (forms.Count > 1 && names.Contains(forms[1], StringComparer.Ordinal)) return forms[1];
        return surface;
    }

    // Danish genitive: "Armeniens", "Billunds"; a name already ending in s takes an apostrophe
    // ("Paris'"), an acronym an apostrophe and s ("EU's").
    private static string? GenitiveBase(string word)
        => ApostropheGenitiveBase(word) ?? (word.Length > 3 && word.EndsWith('s') ? word[..^1] : null);

    private static string? ApostropheGenitiveBase(string word)
    {
        if (word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))) return word[..^2];
        if (word.Length > 1 && (word.EndsWith('\'') || word.EndsWith('’'))) return word[..^1];
        return null;
    }

    /// <summary>
    /// The places an article names, for near-misses: a misspelling of one of them
    /// ("Nagorno-Kharabakh") is that place. Keys are made once per article, not once per name.
    /// </summary>
    private sealed class NearPlaces(List<string> articlePlaces)
    {
        private List<(string Place, string Key)>? _keyed;

        public string? Near(string surface)
        {
            if (surface.Length < 8) return null;
            var key = PlaceNameKey.Of(surface);
            _keyed ??= Keyed();
            foreach (var (place, placeKey) in _keyed)
            {
                if (Math.Abs(placeKey.Length - key.Length) <= 2 && EditDistance.Within(key, placeKey, key.Length >= 12 ? 2 : 1))
                    return place;
            }
            return null;
        }

        // Each place once, in the order first named.
        private List<(string Place, string Key)> Keyed()
        {
            var seen = new HashSet<string>();
            var keyed = new List<(string Place, string Key)>();
            foreach (var place in articlePlaces)
                if (seen.Add(place)) keyed.Add((place, PlaceNameKey.Of(place)));
            return keyed;
        }
    }
}
