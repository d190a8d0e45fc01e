using StaticNews.Search.Analysis;

namespace StaticNews.Search.Incremental;

/// <summary>
/// The documents an update changes, by id: as the last build left them (read from their segments
/// in the store) and as they are now; and what follows from them and the last build alone: the
/// field length sums, every document's fragment name and the segments written anew.
/// </summary>
internal sealed class ChangedDocuments
{
    private const int SegmentSize = SearchIndexStore.SegmentSize;

    private readonly SearchIndexStore _store;
    private readonly SearchIndexState _previous;
    private readonly IReadOnlyList<string> _keys;
    private readonly IReadOnlyDictionary<int, IndexedDocument> _documents;
    private readonly TermTable _terms;
    private readonly List<StoredDocument>?[] _oldSegments;

    public ChangedDocuments(SearchIndexStore store, SearchIndexState previous, IReadOnlyList<string> keys, IReadOnlyList<int> ids,
        IReadOnlyDictionary<int, IndexedDocument> documents, TermTable terms)
    {
        _store = store;
        _previous = previous;
        _keys = keys;
        _documents = documents;
        _terms = terms;
        Ids = ids;
        Before = previous.Documents;
        After = keys.Count;
        IdSet = new HashSet<int>(ids);
        _oldSegments = new List<StoredDocument>?[previous.Segments.Count];
    }

    /// <summary>The changed ids, ascending.</summary>
    public IReadOnlyList<int> Ids { get; }

    /// <summary>The changed ids, to look up.</summary>
    public HashSet<int> IdSet { get; }

    /// <summary>How many documents the index had before the change, and has after it.</summary>
    public int Before { get; }
    public int After { get; }

    public IndexedDocument New(int d) => _documents.TryGetValue(d, out var document) ? document : throw new ArgumentException($"no document for changed id {d}", nameof(d));

    public StoredDocument Old(int d) => _oldSegments[d / SegmentSize]![d % SegmentSize];

    /// <summary>The changed documents' old terms and filters, from their segments.</summary>
    public void ReadOld()
    {
        foreach (var d in Ids)
        {
            var s = d / SegmentSize;
            if (s >= _oldSegments.Length || _oldSegments[s] != null) continue;
            var segment = _store.GetSegment(_previous.Segments[s], _terms);
            if (segment.Count != Math.Min(SegmentSize, Before - s * SegmentSize)) throw new InvalidDataException("a search cache segment does not hold the documents the state names");
            for (var i = 0; i < segment.Count; i++)
                if (segment[i].Key != _previous.Keys[s * SegmentSize + i]) throw new InvalidDataException("a search cache segment does not hold the documents the state names");
            _oldSegments[s] = segment;
        }
    }

    /// <summary>The field length sums with the changed documents' old lengths taken out and their new ones added.</summary>
    public long[] LengthSums()
    {
        var sums = (long[])_previous.LengthSums.Clone();
        foreach (var d in Ids)
        {
            if (d < Before) for (var f = 0; f < sums.Length; f++) sums[f] -= Old(d).Terms.Lengths[f];
            if (d < After) for (var f = 0; f < sums.Length; f++) sums[f] += New(d).Terms.Lengths[f];
        }
        return sums;
    }

    /// <summary>Each document's fragment name by id: the changed documents' new ones, the others' as they were.</summary>
    public string[] FragmentNames()
    {
        var fragmentNames = new string[After];
        for (var d = 0; d < After; d++) fragmentNames[d] = IdSet.Contains(d) ? New(d).FragmentName : _previous.FragmentNames[d];
        return fragmentNames;
    }

    /// <summary>The segments holding a changed id, written anew.</summary>
    public List<string> WriteSegments()
    {
        var segments = new List<string>(_previous.Segments);
        var segmentCount = (After + SegmentSize - 1) / SegmentSize;
        if (segments.Count > segmentCount) segments.RemoveRange(segmentCount, segments.Count - segmentCount);
        var rewritten = new HashSet<int>();
        foreach (var d in Ids)
        {
            var s = d / SegmentSize;
            if (s >= segmentCount || !rewritten.Add(s)) continue;
            var stored = new List<StoredDocument>(SegmentSize);
            for (var i = s * SegmentSize; i < Math.Min(After, (s + 1) * SegmentSize); i++)
                stored.Add(IdSet.Contains(i) ? StoredDocument.Of(New(i) with { Key = _keys[i] }) : Old(i));
            var name = _store.PutSegment(stored, _terms);
            if (s < segments.Count) segments[s] = name; else segments.Add(name);
        }
        return segments;
    }
}
