namespace StaticNews.Text;

/// <summary>
/// One string per distinct text met as a span: a value repeated on thousands of lines (a place's
/// kind, a name's kinds, an output key) becomes a string the first time it is met and is shared
/// after that. Not safe for several threads at once: each reader keeps its own.
/// </summary>
public sealed class TextPool
{
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public TextPool() => _bySpan = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared string for <paramref name="text"/> (made the first time it is met).</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (_bySpan.TryGetValue(text, out var shared)) return shared;
        shared = text.ToString();
        _texts.Add(shared);
        return shared;
    }
}
