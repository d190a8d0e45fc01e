using StaticNews.Text;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// What the span classifier (<see cref="SpanClassifier"/>) looks at for one name the first stage
/// (tagger and place-list rules) found: the type it was given and how, its words and their ends,
/// the place list's kind for it, and a wider window of the sentence than the tagger sees (three
/// words either side by position, five as a bag). The tagger's window is two words; whether
/// "Horsens" is a town or a club, "Sverige" a country or a government, usually shows further out
/// ("idet Horsens foran eget publikum noterede", "stritter Grækenland voldsomt imod").
/// As 64-bit hashes; the same code serves training (tools/ner/train-spans.cs) and recognition.
/// </summary>
public sealed class SpanFeatures(Gazetteer places, CommonWords commonWords, ProperNouns properNouns)
{
    /// <summary>
    /// One span of a tokenised sentence: tokens <paramref name="Start"/> up to (not including)
    /// <paramref name="End"/>, the type the first stage gave it, the tagger's own type for it
    /// (<c>null</c>: the tagger left it as O and a rule made it), the place it names, if any, and
    /// the tagger's label scores for the sentence (<see cref="EntityTagger.Tag(IReadOnlyList{string}, System.Span{float})"/>).
    /// </summary>
    public readonly record struct Span(IReadOnlyList<Token> Sentence, int Start, int End, EntityType Type, EntityType? TaggerType, Place? Place, float[] Scores);

    public ulong[] Of(Span span)
    {
        var f = new List<ulong>(64);
        var s = span.Sentence;
        var type = TypeName(span.Type);
        var tagger = span.TaggerType is { } t ? TypeName(t) : "rule";
        var words = new string[span.End - span.Start];
        for (var k = 0; k < words.Length; k++) words[k] = s[span.Start + k].Text;
        var lowerWords = words.Select(w => w.ToLowerInvariant()).ToArray();
        var joined = string.Join(' ', lowerWords);
        var last = lowerWords[^1];

        f.Add(Hash("bias", type));
        f.Add(Hash("tagger", type, tagger));
        f.Add(Hash("span", joined));
        f.Add(Hash("span+type", joined, type));
        foreach (var w in lowerWords) f.Add(Hash("word", w));
        f.Add(Hash("first", lowerWords[0]));
        f.Add(Hash("last", last));
        for (var n = 2; n <= 4; n++)
            if (last.Length > n + 1) f.Add(Hash("suffix", last[^n..], type));
        f.Add(Hash("length", Math.Min(words.Length, 4).ToString(), type));
        f.Add(Hash("shape", string.Join(' ', words.Select(NerFeatures.ShapeOf)), type));

        // How the tagger scored these tokens as each type, against the type the first stage gave:
        // a place it called an organisation by a wide margin is likelier one than a close call.
        Span<float> typeScores = stackalloc float[4];
        TypeScores(span, typeScores);
        var given = Array.IndexOf(SpanClassifier.Classes, span.Type);
        var taggerBest = 0;
        for (var c = 1; c < 4; c++)
            if (typeScores[c] > typeScores[taggerBest]) taggerBest = c;
        f.Add(Hash("tagger-best", type, taggerBest.ToString()));
        for (var c = 0; c < 4; c++)
            if (c != given) f.Add(Hash("tagger-margin", type, c.ToString(), Bucket(typeScores[c] - typeScores[given])));

        var place = span.Place;
        var genitive = false;
        if (place == null)
        {
            var surface = string.Join(' ', words);
            if (places.TryFind(surface, out var found) || GenitiveBase(surface) is { } stem && places.TryFind(stem, out found))
            {
                place = found;
                genitive = !places.TryFind(surface, out _);
            }
        }
        var kind = place == null ? "none" : place.IsCommonWord ? place.Kind + "/common" : place.Kind;
        f.Add(Hash("place", kind, type));
        f.Add(Hash("place+tagger", kind, tagger));
        if (genitive) f.Add(Hash("genitive-place", kind));
        var nameClass = string.Concat(words.Select(NameClass));
        f.Add(Hash("names", nameClass, type));
        var sentenceStart = s[span.Start].SentenceStart || span.Start == 0;
        f.Add(Hash("start", sentenceStart ? "1" : "0", commonWords.Contains(words[0]) ? "common" : "-", type));

        // Position-bound neighbours, then the wider window as a bag of words.
        for (var d = 1; d <= 3; d++)
        {
            var before = span.Start - d >= 0 ? s[span.Start - d].Text.ToLowerInvariant() : "<s>";
            var after = span.End + d - 1 < s.Count ? s[span.End + d - 1].Text.ToLowerInvariant() : "</s>";
            f.Add(Hash("before" + d, before, type));
            f.Add(Hash("after" + d, after, type));
            if (d == 1)
            {
                f.Add(Hash("before1+kind", before, kind));
                f.Add(Hash("after1+kind", after, kind));
                f.Add(Hash("around", before, after));
            }
        }
        for (var k = Math.Max(0, span.Start - 5); k < Math.Min(s.Count, span.End + 5); k++)
        {
            if (k >= span.Start && k < span.End) continue;
            f.Add(Hash("window", s[k].Text.ToLowerInvariant()));
        }
        return f.ToArray();
    }

    /// <summary>The tagger's score for the span's tokens as O, LOC, PER, ORG (B- on the first token, I- after).</summary>
    private static void TypeScores(Span span, Span<float> result)
    {
        var labels = BioLabels.Count;
        for (var k = span.Start; k < span.End; k++)
        {
            var row = span.Scores.AsSpan(k * labels, labels);
            result[0] += row[0];
            for (var c = 1; c < 4; c++) result[c] += row[k == span.Start ? 2 * c - 1 : 2 * c];
        }
    }

    /// <summary>A score difference in a few bins, on the scale of the shipped tagger's weights (a LOC-ORG margin is ±40 at its median).</summary>
    private static string Bucket(float difference)
    {
        var sign = difference < 0 ? "-" : "+";
        var size = Math.Abs(difference);
        return sign + (size < 4 ? "0" : size < 8 ? "4" : size < 16 ? "8" : size < 32 ? "16" : size < 64 ? "32" : "64");
    }

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Location => "LOC",
        EntityType.Person => "PER",
        _ => "ORG",
    };

    private string NameClass(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return "-";
        if (properNouns.Contains(word)) return "P";
        if (word.Length > 3 && word[^1] == 's' && properNouns.Contains(word[..^1])) return "G";
        return "c";
    }

    private static string? GenitiveBase(string word)
    {
        if (word.EndsWith('\'') || word.EndsWith('’')) return word[..^1];
        return word.Length > 3 && word.EndsWith('s') ? word[..^1] : null;
    }

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private static ulong Hash(string template, params ReadOnlySpan<string> parts)
    {
        var hash = Offset;
        foreach (var c in template)
        {
            hash ^= c;
            hash *= Prime;
        }
        foreach (var part in parts)
        {
            hash ^= 0xFFFF;
            hash *= Prime;
            foreach (var c in part)
            {
                hash ^= c;
                hash *= Prime;
            }
        }
        return hash;
    }
}
