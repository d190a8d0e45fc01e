namespace StaticNews.Enrichment.Entities;

/// <summary>
/// A run of tokens growing one token at a time, looked up in the place list after each: the
/// same answer as looking up the tokens joined by spaces (or, failing that, that text's Danish
/// genitive base: "Billunds" → "Billund", "Paris'" → "Paris"), but the key grows in a buffer
/// instead of being joined, lower-cased and split again for every candidate length.
/// </summary>
public ref struct PlaceRun(Gazetteer places, Span<char> buffer)
{
    private readonly Span<char> _key = buffer;
    private int _keyLength;
    private int _surfaceLength = -1;
    private char _last;

    /// <summary>The room a run of these tokens needs in the buffer.</summary>
    public static int Room(int characters, int tokens) => characters + tokens;

    public int Tokens { get; private set; }

    public void Add(string token)
    {
        _keyLength = PlaceNameKey.Append(_key, _keyLength, token);
        _surfaceLength += token.Length + 1;
        // An empty token leaves the joined text ending in a space: no genitive.
        _last = token.Length > 0 ? token[^1] : ' ';
        Tokens++;
    }

    /// <summary>
    /// False when no place name starts with the run's first word: then a longer run never names a
    /// place (a genitive only trims the last token), so a caller need not grow it.
    /// </summary>
    public readonly bool CanGrowIntoPlace
    {
        get
        {
            var key = _key[.._keyLength];
            var space = key.IndexOf(' ');
            return places.IsFirstWord(space < 0 ? key : key[..space]);
        }
    }

    /// <summary>The place the run names, as itself or as a genitive.</summary>
    public readonly bool TryFind(out Place place)
    {
        var key = _key[.._keyLength];
        if (places.TryFindKey(key, out place)) return true;
        var genitive = _last is '\'' or '’' || _surfaceLength > 3 && _last == 's';
        if (!genitive || key.Length == 0) return false;
        // The genitive mark (', ’ or s) is no separator, so it is the key's last character too;
        // dropping a one-letter last part leaves a space to drop as well.
        var stem = key[..^1];
        if (stem.Length > 0 && stem[^1] == ' ') stem = stem[..^1];
        return places.TryFindKey(stem, out place);
    }
}
