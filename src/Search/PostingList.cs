namespace StaticNews.Search;

/// <summary>
/// One term's documents (ascending ids) and impacts, as the builder collects them, and how they are
/// written. A short list is one array, [Δid, impact, Δid, impact, …]. A long one is split by impact:
/// its <c>head</c>, the postings that score highest (ties: the newest, as the browser breaks them),
/// stays in the term shard, and the rest goes to a continuation file of its own that the browser
/// fetches only when the head cannot settle the answer. The head carries what the browser needs to
/// know it can: the document frequency (for idf) and <c>bound</c>, the highest impact left in the
/// rest, which no unread posting can beat.
/// </summary>
internal sealed class PostingList(int capacity = 0)
{
    // Made at their final size (the builder counts each term's documents first): grown by
    // doubling, tens of millions of postings at 100,000 articles left a third of the lists unused.
    private readonly List<int> _docs = new(capacity);
    // Impacts are 1..99 (SearchIndexOptions.ImpactScale): a byte each, not an int.
    private readonly List<byte> _impacts = new(capacity);

    public int Count => _docs.Count;

    public void Add(int doc, int impact)
    {
        _docs.Add(doc);
        _impacts.Add((byte)impact);
    }

    /// <summary>The written entry: the whole list when it has at most headSize postings, else head and rest.</summary>
    public Written Write(int headSize)
    {
        if (_docs.Count <= headSize) return new Written(Encode(Enumerable.Range(0, _docs.Count)), null, null);

        // Highest impact first, newest first among equals: the order the browser ranks a one-word query in.
        var order = Enumerable.Range(0, _docs.Count).OrderByDescending(i => _impacts[i]).ThenByDescending(i => _docs[i]).ToList();
        var head = order.Take(headSize).Order();
        var rest = order.Skip(headSize).Order().ToList();
        var restJson = Encode(rest);
        var restName = ContentName(restJson);
        var bound = rest.Max(i => _impacts[i]);
        var headJson = Encode(head);
        var entry = SearchIndexBuilder.Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("df", _docs.Count);
            w.WriteNumber("bound", bound);
            w.WriteString("rest", restName);
            w.WritePropertyName("head");
            w.WriteRawValue(headJson, skipInputValidation: true);
            w.WriteEndObject();
        });
        return new Written(entry, restName, restJson);
    }

    /// <summary>The postings at the given positions (ascending ids), delta-coded so the numbers stay short.</summary>
    private byte[] Encode(IEnumerable<int> positions) => SearchIndexBuilder.Json(w =>
    {
        w.WriteStartArray();
        var previous = 0;
        foreach (var i in positions)
        {
            w.WriteNumberValue(_docs[i] - previous);
            w.WriteNumberValue(_impacts[i]);
            previous = _docs[i];
        }
        w.WriteEndArray();
    });

    private static string ContentName(byte[] content) => Text.ContentHash.Of(content)[..16];

    /// <summary>The shard entry, and for a split list the continuation's name (its content hash) and content.</summary>
    public sealed record Written(byte[] Entry, string? RestName, byte[]? Rest);
}
