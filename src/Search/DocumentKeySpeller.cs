namespace StaticNews.Search;

/// <summary>
/// Spells the key of document <paramref name="id"/> into <paramref name="into"/> (room for
/// <see cref="SearchSource.MaxKeyLength"/> characters) and returns how many it took: a key is
/// compared with the last build's where it is spelled, so that only the keys that differ become strings.
/// </summary>
public delegate int DocumentKeySpeller(int id, Span<char> into);
