namespace StaticNews.Enrichment.Entities;

/// <summary>
/// What the entity tagger looks at for each token of a sentence, as 64-bit feature hashes: the
/// word and its neighbours, prefixes and suffixes, word shape, capitalisation and sentence
/// position, membership of the place list (genitive -s resolved) and of the common-word lexicon.
/// The same code serves training (tools/ner/train.cs) and tagging, so the two always agree.
/// </summary>
public sealed class NerFeatures(Gazetteer places, CommonWords commonWords)
{
    /// <summary>The features of one sentence: token i has <c>Hashes[Offsets[i]..Offsets[i + 1]]</c>.</summary>
    public readonly record struct Sentence(ulong[] Hashes, int[] Offsets)
    {
        public int Length => Offsets.Length - 1;

        public ReadOnlySpan<ulong> Of(int token) => Hashes.AsSpan(Offsets[token], Offsets[token + 1] - Offsets[token]);
    }

    private sealed class TokenInfo
    {
        public required string Word;
        public required string Lower;
        public required string Shape;
        public bool Capitalised;
        public bool AllCaps;
        public bool Common;
        public char Place = '-';
    }

    public Sentence Extract(IReadOnlyList<string> tokens)
    {
        var info = new TokenInfo[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i];
            var lower = word.ToLowerInvariant();
            info[i] = new TokenInfo
            {
                Word = word,
                Lower = lower,
                Shape = ShapeOf(word),
                Capitalised = word.Length > 0 && char.IsUpper(word[0]),
                AllCaps = word.Length > 1 && word.Any(char.IsLetter) && !word.Any(char.IsLower),
                Common = commonWords.Contains(lower),
            };
        }
        MarkPlaces(info);

        var hashes = new List<ulong>(tokens.Count * 40);
        var offsets = new int[tokens.Count + 1];
        for (var i = 0; i < tokens.Count; i++)
        {
            offsets[i] = hashes.Count;
            AddToken(info, i, hashes);
        }
        offsets[tokens.Count] = hashes.Count;
        return new Sentence(hashes.ToArray(), offsets);
    }

    private static void AddToken(TokenInfo[] s, int i, List<ulong> f)
    {
        var t = s[i];
        var lower = t.Lower;
        var previous = i > 0 ? s[i - 1] : null;
        var next = i + 1 < s.Length ? s[i + 1] : null;
        var previous2 = i > 1 ? s[i - 2] : null;
        var next2 = i + 2 < s.Length ? s[i + 2] : null;
        var first = i == 0 || previous!.Word is "\"" or "-" or "–" or ":" or "(" or "»" or "«" or "'" or "”" or "“";

        f.Add(Hash(0, ""));
        f.Add(Hash(1, lower));
        f.Add(Hash(2, t.Word));
        for (var n = 1; n <= 4 && n < lower.Length; n++)
        {
            f.Add(Hash(2 + n, lower.AsSpan(0, n)));
            f.Add(Hash(6 + n, lower.AsSpan(lower.Length - n)));
        }
        f.Add(Hash(11, t.Shape));
        f.Add(Hash(12, previous?.Lower ?? "<s>"));
        f.Add(Hash(13, next?.Lower ?? "</s>"));
        f.Add(Hash(14, previous2?.Lower ?? "<s>"));
        f.Add(Hash(15, next2?.Lower ?? "</s>"));
        f.Add(Hash(16, previous?.Shape ?? "<s>"));
        f.Add(Hash(17, next?.Shape ?? "</s>"));
        f.Add(Hash(18, previous?.Lower ?? "<s>", lower));
        f.Add(Hash(19, lower, next?.Lower ?? "</s>"));
        f.Add(Hash(20, Flags(first, t.Capitalised, t.Common, t.AllCaps)));
        f.Add(Hash(21, Flags(previous?.Capitalised ?? false, t.Capitalised, next?.Capitalised ?? false, first)));
        f.Add(Hash(22, Flags(first, t.Capitalised, t.Common, false), lower.Length <= 3 ? "short" : "long"));
        f.Add(Hash(23, t.Place.ToString(), Flags(first, t.Capitalised, t.Common, false)));
        f.Add(Hash(24, (previous?.Place ?? '<').ToString(), t.Place.ToString(), (next?.Place ?? '>').ToString()));
        f.Add(Hash(25, previous?.Lower ?? "<s>", t.Shape));
        f.Add(Hash(26, t.Shape, next?.Lower ?? "</s>"));
        if (previous != null && previous.Lower.Length > 3) f.Add(Hash(27, previous.Lower.AsSpan(previous.Lower.Length - 3)));
        if (next != null && next.Lower.Length > 3) f.Add(Hash(28, next.Lower.AsSpan(next.Lower.Length - 3)));
        if (t.Capitalised && lower.Length > 3 && lower[^1] == 's') f.Add(Hash(29, lower.AsSpan(0, lower.Length - 1)));
        if (next != null) f.Add(Hash(30, Flags(next.Capitalised, next.Common, next.Place != '-', false)));
        if (previous != null) f.Add(Hash(31, Flags(previous.Capitalised, previous.Common, previous.Place != '-', first)));
    }

    /// <summary>Marks tokens inside the longest place-list match of each capitalised run: B, I, or S (one word); lower-case for a place that is also a common word.</summary>
    private void MarkPlaces(TokenInfo[] s)
    {
        var i = 0;
        while (i < s.Length)
        {
            if (!s[i].Capitalised)
            {
                i++;
                continue;
            }
            var matched = 0;
            var common = false;
            var max = Math.Min(places.MaxWords, s.Length - i);
            for (var length = max; length >= 1 && matched == 0; length--)
            {
                if (!s[i + length - 1].Capitalised && length > 1) continue;
                var surface = length == 1 ? s[i].Word : string.Join(' ', s.Skip(i).Take(length).Select(t => t.Word));
                if (places.TryFind(surface, out var place) || GenitiveBase(surface) is { } stem && places.TryFind(stem, out place))
                {
                    matched = length;
                    common = place.IsCommonWord;
                }
            }
            if (matched == 0)
            {
                i++;
                continue;
            }
            for (var k = 0; k < matched; k++)
            {
                var mark = matched == 1 ? 'S' : k == 0 ? 'B' : 'I';
                s[i + k].Place = common ? char.ToLowerInvariant(mark) : mark;
            }
            i += matched;
        }
    }

    private static string? GenitiveBase(string word)
    {
        if (word.EndsWith('\'') || word.EndsWith('’')) return word[..^1];
        return word.Length > 3 && word.EndsWith('s') ? word[..^1] : null;
    }

    private static string Flags(bool a, bool b, bool c, bool d)
        => string.Create(4, (a, b, c, d), static (span, v) =>
        {
            span[0] = v.a ? '1' : '0';
            span[1] = v.b ? '1' : '0';
            span[2] = v.c ? '1' : '0';
            span[3] = v.d ? '1' : '0';
        });

    /// <summary>Xxxx → Xx, 3.241 → d.d, SUN-AIR → X-X: character classes with repeats collapsed.</summary>
    public static string ShapeOf(string word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 16)];
        var length = 0;
        foreach (var c in word)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (length > 0 && buffer[length - 1] == k) continue;
            if (length == buffer.Length) break;
            buffer[length++] = k;
        }
        return new string(buffer[..length]);
    }

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private static ulong Mix(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash ^= c;
            hash *= Prime;
        }
        hash ^= 0xFFFF;
        return hash * Prime;
    }

    private static ulong Hash(int template, ReadOnlySpan<char> a) => Mix((Offset ^ (ulong)template) * Prime, a);

    private static ulong Hash(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Mix(Hash(template, a), b);

    private static ulong Hash(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) => Mix(Hash(template, a, b), c);
}
