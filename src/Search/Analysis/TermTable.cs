namespace StaticNews.Search.Analysis;

/// <summary>
/// The index's terms as small integer ids, shared by all documents: a document's counts are then
/// arrays of numbers instead of a string per term and document, which at 100,000 articles is the
/// difference between hundreds of megabytes and gigabytes. Ids follow no order (documents are
/// counted in parallel); everything written to the site is ordered by the term itself.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "A table lives for one build; the wait handles its lock makes under contention are released by their finalisers.")]
public sealed class TermTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly ReaderWriterLockSlim _lock = new();

    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try { return _terms.Count; }
            finally { _lock.ExitReadLock(); }
        }
    }

    public string this[int id]
    {
        get
        {
            _lock.EnterReadLock();
            try { return _terms[id]; }
            finally { _lock.ExitReadLock(); }
        }
    }

    public int IdOf(string term)
    {
        _lock.EnterReadLock();
        try
        {
            if (_ids.TryGetValue(term, out var known)) return known;
        }
        finally { _lock.ExitReadLock(); }
        _lock.EnterWriteLock();
        try
        {
            if (_ids.TryGetValue(term, out var known)) return known;
            var id = _terms.Count;
            _terms.Add(term);
            _ids[term] = id;
            return id;
        }
        finally { _lock.ExitWriteLock(); }
    }
}
