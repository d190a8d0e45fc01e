using System.Runtime.CompilerServices;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// What the entity tagger looks at for each token of a sentence, as 64-bit feature hashes: the
/// word and its neighbours, prefixes and suffixes, word shape, capitalisation and sentence
/// position, membership of the place list (genitive -s resolved), of the common-word lexicon and
/// of the dictionary's proper nouns, and the kinds a typed name list gives the word (organisation,
/// place, first or family name; its genitive base's kinds marked as such).
/// The same code serves training (tools/ner/train.cs) and tagging, so the two always agree.
/// </summary>
public sealed class NerFeatures(Gazetteer places, CommonWords commonWords, ProperNouns properNouns, TypedNames typedNames)
{
    /// <summary>The features of one sentence: token i has <c>Hashes[Offsets[i]..Offsets[i + 1]]</c>.</summary>
    public readonly record struct Sentence(ulong[] Hashes, int[] Offsets)
    {
        public int Length => Offsets.Length - 1;

        public ReadOnlySpan<ulong> Of(int token) => Hashes.AsSpan(Offsets[token], Offsets[token + 1] - Offsets[token]);
    }

    private struct FeatureBuffer(ulong[] items)
    {
        private ulong[] _items = items;

        public FeatureBuffer(int capacity) : this(new ulong[capacity])
        {
        }

        public int Count { get; private set; }

        /// <summary>The array holding the hashes: the one given, unless it had to grow.</summary>
        public readonly ulong[] Items => _items;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(ulong hash)
        {
            if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
            _items[Count++] = hash;
        }

        public readonly ulong[] ToArray() => _items.AsSpan(0, Count).ToArray();
    }

    /// <summary>What a word form contributes on its own (<see cref="Describe(string)"/>); cached, as news text repeats its words.</summary>
    public sealed record WordForm(string Word, string Lower, string Shape, bool Capitalised, bool AllCaps, bool Common, char Name, char Place, string Kinds)
    {
        // The hash of a context feature's template and this word's part of it, where that part
        // comes first (FNV hashes part by part): each token's features then hash only the rest.
        internal ulong PreviousWithWord { get; } = Hash(18, Lower);
        internal ulong PreviousWithShape { get; } = Hash(25, Lower);
        internal ulong WordWithNext { get; } = Hash(19, Lower);
        internal ulong ShapeWithNext { get; } = Hash(26, Shape);
        internal ulong KindsWithFlags { get; } = Hash(38, Kinds);
    }

    private static readonly ulong EdgePreviousWithWord = Hash(18, "<s>");
    private static readonly ulong EdgePreviousWithShape = Hash(25, "<s>");

    /// <summary>A token in its sentence: its word form, and its place-list mark, which depends on its neighbours.</summary>
    private struct TokenInfo
    {
        public WordForm Form;
        public char Place;

        public readonly string Word => Form.Word;
        public readonly string Lower => Form.Lower;
        public readonly bool Capitalised => Form.Capitalised;
    }

    /// <summary>
    /// Where a word form stands relative to the token being described. The features a word form
    /// gives a token in one of these roles depend on nothing else, so a tagger may cache their
    /// weights per word form (<see cref="WordHashes"/>); the rest depend on several words
    /// (<see cref="ExtractContext"/>).
    /// </summary>
    public enum Role
    {
        Self,
        Previous,
        Next,
        SecondPrevious,
        SecondNext,
    }

    private readonly WordCache<WordForm> _words = new();

    /// <summary>What the word form contributes on its own, whatever its neighbours.</summary>
    public WordForm Describe(string word)
    {
        if (_words.TryGet(word, out var known)) return known;
        var lower = word.ToLowerInvariant();
        var capitalised = word.Length > 0 && char.IsUpper(word[0]);
        var allCaps = IsAllCaps(word);
        var place = '-';
        if (capitalised && (places.TryFind(word, out var found) || GenitiveBase(word) is { } stem && places.TryFind(stem, out found)))
            place = found.IsCommonWord ? 's' : 'S';
        return _words.Add(word, new WordForm(word, lower, ShapeOf(word), capitalised, allCaps, commonWords.Contains(lower), NameClass(word, allCaps), place, KindsOf(word, allCaps)));
    }

    /// <summary>Every feature of every token (for training): the word-form features of each role, then the context features.</summary>
    public Sentence Extract(IReadOnlyList<string> tokens)
    {
        var info = Describe(tokens);
        var hashes = new FeatureBuffer(tokens.Count * 48);
        var offsets = new int[tokens.Count + 1];
        for (var i = 0; i < tokens.Count; i++)
        {
            offsets[i] = hashes.Count;
            AddWord(info[i].Form, Role.Self, ref hashes);
            AddWord(i > 0 ? info[i - 1].Form : null, Role.Previous, ref hashes);
            AddWord(i + 1 < info.Length ? info[i + 1].Form : null, Role.Next, ref hashes);
            AddWord(i > 1 ? info[i - 2].Form : null, Role.SecondPrevious, ref hashes);
            AddWord(i + 2 < info.Length ? info[i + 2].Form : null, Role.SecondNext, ref hashes);
            AddContext(info, i, ref hashes);
        }
        offsets[tokens.Count] = hashes.Count;
        return new Sentence(hashes.ToArray(), offsets);
    }

    /// <summary>
    /// The features a word form gives the token it stands in <paramref name="role"/> to
    /// (<c>null</c>: the sentence edge, where there is no word in that role).
    /// </summary>
    public static ulong[] WordHashes(WordForm? word, Role role)
    {
        var hashes = new FeatureBuffer(24);
        AddWord(word, role, ref hashes);
        return hashes.ToArray();
    }

    // The thread's token descriptions for ExtractContext, not rented from ArrayPool: a pool of this
    // struct is generic code in no ReadyToRun image, compiled anew in every build that tags an article.
    [ThreadStatic] private static TokenInfo[]? t_info;

    /// <summary>At most this many context features per token; a buffer of this many per token never has to grow.</summary>
    public const int MaxContextFeatures = 14;

    /// <summary>
    /// The features of each token that depend on more than one word form (everything
    /// <see cref="WordHashes"/> leaves out), written into the caller's buffers so that a tagger can
    /// reuse them from sentence to sentence: token i has <c>hashes[offsets[i]..offsets[i + 1]]</c>.
    /// Returns the array holding the hashes: <paramref name="hashes"/>, unless it was too small.
    /// </summary>
    public ulong[] ExtractContext(ReadOnlySpan<WordForm> words, ulong[] hashes, Span<int> offsets)
    {
        var n = words.Length;
        var held = t_info is { } kept && kept.Length >= n ? kept : t_info = new TokenInfo[Math.Max(n, 64)];
        try
        {
            var info = held.AsSpan(0, n);
            for (var i = 0; i < n; i++) info[i] = new TokenInfo { Form = words[i], Place = '-' };
            MarkPlaces(info);
            var buffer = new FeatureBuffer(hashes);
            for (var i = 0; i < n; i++)
            {
                offsets[i] = buffer.Count;
                AddContext(info, i, ref buffer);
            }
            offsets[n] = buffer.Count;
            return buffer.Items;
        }
        finally
        {
            // Cleared: the word forms it points to are the tagger's cache's to drop.
            held.AsSpan(0, n).Clear();
        }
    }

    private TokenInfo[] Describe(IReadOnlyList<string> tokens)
    {
        var info = new TokenInfo[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) info[i] = new TokenInfo { Form = Describe(tokens[i]), Place = '-' };
        MarkPlaces(info);
        return info;
    }

    private static void AddWord(WordForm? w, Role role, ref FeatureBuffer f)
    {
        switch (role)
        {
            case Role.Self:
                var lower = w!.Lower;
                f.Add(Hash(0, ""));
                f.Add(Hash(1, lower));
                f.Add(Hash(2, w.Word));
                for (var n = 1; n <= 4 && n < lower.Length; n++)
                {
                    f.Add(Hash(2 + n, lower.AsSpan(0, n)));
                    f.Add(Hash(6 + n, lower.AsSpan(lower.Length - n)));
                }
                f.Add(Hash(11, w.Shape));
                if (w.Capitalised && lower.Length > 3 && lower[^1] == 's') f.Add(Hash(29, lower.AsSpan(0, lower.Length - 1)));
                f.Add(Hash(34, w.Kinds));
                break;
            case Role.Previous:
                f.Add(Hash(12, w?.Lower ?? "<s>"));
                f.Add(Hash(16, w?.Shape ?? "<s>"));
                if (w != null && w.Lower.Length > 3) f.Add(Hash(27, w.Lower.AsSpan(w.Lower.Length - 3)));
                f.Add(Hash(36, w?.Kinds ?? "<s>"));
                break;
            case Role.Next:
                f.Add(Hash(13, w?.Lower ?? "</s>"));
                f.Add(Hash(17, w?.Shape ?? "</s>"));
                if (w != null && w.Lower.Length > 3) f.Add(Hash(28, w.Lower.AsSpan(w.Lower.Length - 3)));
                f.Add(Hash(37, w?.Kinds ?? "</s>"));
                break;
            case Role.SecondPrevious:
                f.Add(Hash(14, w?.Lower ?? "<s>"));
                break;
            case Role.SecondNext:
                f.Add(Hash(15, w?.Lower ?? "</s>"));
                break;
        }
    }

    private static void AddContext(ReadOnlySpan<TokenInfo> s, int i, ref FeatureBuffer f)
    {
        var t = s[i].Form;
        var place = s[i].Place;
        var lower = t.Lower;
        var hasPrevious = i > 0;
        var hasNext = i + 1 < s.Length;
        var previous = hasPrevious ? s[i - 1].Form : null;
        var next = hasNext ? s[i + 1].Form : null;
        var first = i == 0 || previous!.Word is "\"" or "-" or "–" or ":" or "(" or "»" or "«" or "'" or "”" or "“";

        f.Add(Mix(previous?.PreviousWithWord ?? EdgePreviousWithWord, lower));
        f.Add(Mix(t.WordWithNext, next?.Lower ?? "</s>"));
        var own = FlagIndex(first, t.Capitalised, t.Common, t.AllCaps);
        var ownNotCaps = own & ~1;
        f.Add(SmallFeatures.Template20[own]);
        f.Add(SmallFeatures.Template21[FlagIndex(previous?.Capitalised ?? false, t.Capitalised, next?.Capitalised ?? false, first)]);
        f.Add(SmallFeatures.Template22[ownNotCaps * 2 + (lower.Length <= 3 ? 0 : 1)]);
        f.Add(SmallFeatures.Template23(place, ownNotCaps));
        f.Add(SmallFeatures.Marks(24, hasPrevious ? s[i - 1].Place : '<', place, hasNext ? s[i + 1].Place : '>'));
        f.Add(SmallFeatures.Template32(t.Name, place, own));
        f.Add(SmallFeatures.Marks(33, previous?.Name ?? '<', t.Name, next?.Name ?? '>'));
        f.Add(Mix(t.KindsWithFlags, FlagStrings[own]));
        f.Add(Mix(previous?.PreviousWithShape ?? EdgePreviousWithShape, t.Shape));
        f.Add(Mix(t.ShapeWithNext, next?.Lower ?? "</s>"));
        if (hasNext) f.Add(SmallFeatures.Template30[FlagIndex(next!.Capitalised, next.Common, s[i + 1].Place != '-', false)]);
        if (hasPrevious) f.Add(SmallFeatures.Template31[FlagIndex(previous!.Capitalised, previous.Common, s[i - 1].Place != '-', first)]);
    }

    /// <summary>
    /// The hashes of the context features made of flags and one-character marks only (place-list
    /// and proper-noun marks, sentence edges): a few thousand values in all, hashed once per process
    /// rather than once per token. A mark outside the table is hashed as it comes.
    /// </summary>
    private static class SmallFeatures
    {
        private const string Known = "-SBIsbi<>PG";

        public static readonly ulong[] Template20 = Flagged(20);
        public static readonly ulong[] Template21 = Flagged(21);
        public static readonly ulong[] Template30 = Flagged(30);
        public static readonly ulong[] Template31 = Flagged(31);
        public static readonly ulong[] Template22 = Table(32, k => Hash(22, FlagStrings[k / 2], k % 2 == 0 ? "short" : "long"));

        private static readonly ulong[] Marked23 = Table(Known.Length * 16, k => Hash(23, Char(Known[k / 16]), FlagStrings[k % 16]));
        private static readonly ulong[] Marked32 = Table(Known.Length * Known.Length * 16,
            k => Hash(32, Char(Known[k / 16 / Known.Length]), Char(Known[k / 16 % Known.Length]), FlagStrings[k % 16]));
        private static readonly ulong[] Marked24 = Triples(24);
        private static readonly ulong[] Marked33 = Triples(33);

        private static readonly sbyte[] IndexOf = Table(128, c => (sbyte)Known.IndexOf((char)c));

        private static ulong[] Flagged(int template) => Table(16, k => Hash(template, FlagStrings[k]));

        private static ulong[] Triples(int template)
        {
            var n = Known.Length;
            return Table(n * n * n, k => Hash(template, Char(Known[k / (n * n)]), Char(Known[k / n % n]), Char(Known[k % n])));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Index(char c) => c < 128 ? IndexOf[c] : -1;

        public static ulong Template23(char place, int flags)
        {
            var p = Index(place);
            return p >= 0 ? Marked23[p * 16 + flags] : Hash(23, Char(place), FlagStrings[flags]);
        }

        public static ulong Template32(char name, char place, int flags)
        {
            var (n, p) = (Index(name), Index(place));
            return n >= 0 && p >= 0 ? Marked32[(n * Known.Length + p) * 16 + flags] : Hash(32, Char(name), Char(place), FlagStrings[flags]);
        }

        public static ulong Marks(int template, char a, char b, char c)
        {
            var (x, y, z) = (Index(a), Index(b), Index(c));
            if (x < 0 || y < 0 || z < 0) return Hash(template, Char(a), Char(b), Char(c));
            var k = (x * Known.Length + y) * Known.Length + z;
            return template == 24 ? Marked24[k] : Marked33[k];
        }
    }

    /// <summary>Marks tokens inside the longest place-list match of each capitalised run: B, I, or S (one word); lower-case for a place that is also a common word.</summary>
    private void MarkPlaces(Span<TokenInfo> s)
    {
        Span<char> stack = stackalloc char[512];
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
            var run = 1;
            var characters = s[i].Word.Length;
            while (i + run < s.Length && run < places.MaxWords && (s[i + run].Capitalised || Connectors.Contains(s[i + run].Lower)))
                characters += s[i + run++].Word.Length;
            if (run > 1)
            {
                // Shortest first, keeping the longest that ends in a capitalised word and names a place.
                var room = PlaceRun.Room(characters, run);
                var candidate = new PlaceRun(places, room <= stack.Length ? stack : new char[room]);
                for (var length = 1; length <= run; length++)
                {
                    candidate.Add(s[i + length - 1].Word);
                    if (length == 1)
                    {
                        if (!candidate.CanGrowIntoPlace) break;
                        continue;
                    }
                    if (s[i + length - 1].Capitalised && candidate.TryFind(out var place)) (matched, common) = (length, place.IsCommonWord);
                }
            }
            if (matched == 0 && s[i].Form.Place != '-') (matched, common) = (1, s[i].Form.Place == 's');
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

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "og", "of", "de", "la", "le", "von", "van", "del", "der", "am", "an", "upon", "i", "på", "-" };

    private static string? GenitiveBase(string word)
    {
        if (word.EndsWith('\'') || word.EndsWith('’')) return word[..^1];
        return word.Length > 3 && word.EndsWith('s') ? word[..^1] : null;
    }

    private static bool IsAllCaps(string word)
    {
        if (word.Length < 2) return false;
        var letters = false;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
            letters |= char.IsLetter(c);
        }
        return letters;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FlagIndex(bool a, bool b, bool c, bool d) => (a ? 8 : 0) | (b ? 4 : 0) | (c ? 2 : 0) | (d ? 1 : 0);

    private static readonly string[] FlagStrings = Table(16,
        v => new string([(v & 8) != 0 ? '1' : '0', (v & 4) != 0 ? '1' : '0', (v & 2) != 0 ? '1' : '0', (v & 1) != 0 ? '1' : '0']));

    /// <summary>
    /// The values of <paramref name="at"/> for 0 to count - 1. A loop, not Enumerable.Range(...).Select:
    /// LINQ's range iterators over these element types are not in any ReadyToRun image, so the
    /// runtime would compile them in every build that tags an article.
    /// </summary>
    private static T[] Table<T>(int count, Func<int, T> at)
    {
        var table = new T[count];
        for (var i = 0; i < count; i++) table[i] = at(i);
        return table;
    }

    private static readonly string[] Chars = Table(128, c => ((char)c).ToString());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string Char(char c) => c < 128 ? Chars[c] : c.ToString();

    /// <summary>P: a proper noun of the dictionary; G: the genitive of one; '-': neither.</summary>
    private char NameClass(string word, bool allCaps)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return '-';
        var form = allCaps ? string.Concat(word[..1], word[1..].ToLowerInvariant()) : word;
        if (properNouns.Contains(form)) return 'P';
        if (form.Length > 3 && form[^1] == 's' && properNouns.Contains(form[..^1])) return 'G';
        return '-';
    }

    /// <summary>
    /// The typed list's kinds of a capitalised word ("Hamas": "org"), else "g" and its genitive
    /// base's kinds ("Odenses": "gtop"), else "-".
    /// </summary>
    private string KindsOf(string word, bool allCaps)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return "-";
        if (typedNames.KindsOf(word) is { } kinds) return kinds;
        var form = allCaps ? string.Concat(word[..1], word[1..].ToLowerInvariant()) : word;
        if (allCaps && typedNames.KindsOf(form) is { } formKinds) return formKinds;
        if (GenitiveBase(form) is { } stem && typedNames.KindsOf(stem) is { } stemKinds) return "g" + stemKinds;
        return "-";
    }

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(int template, ReadOnlySpan<char> a) => Mix((Offset ^ (ulong)template) * Prime, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Mix(Hash(template, a), b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) => Mix(Hash(template, a, b), c);
}
