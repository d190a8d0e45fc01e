using StaticNews.Search.Analysis;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Search.Incremental;

/// <summary>
/// Every key a changed document had or has, with the postings and filter memberships the changed
/// documents add to it now, its entry as the last build left it and its entry made anew.
/// </summary>
internal sealed class ChangedKeys
{
    private readonly Dictionary<string, KeyAdditions> _termAdds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KeyAdditions> _filterAdds = new(StringComparer.Ordinal);

    /// <summary>Gathers the keys of the changed documents, and the postings the new ones add (ids ascending).</summary>
    public ChangedKeys(ChangedDocuments documents, TermTable terms, double[] averages, double k1)
    {
        foreach (var d in documents.Ids)
        {
            if (d < documents.Before)
            {
                foreach (var term in documents.Old(d).Terms.Entries) At(_termAdds, terms[term.TermId]);
                foreach (var key in documents.Old(d).FilterKeys) At(_filterAdds, key);
            }
            if (d >= documents.After) continue;
            var counted = documents.New(d).Terms;
            foreach (var term in counted.Entries)
            {
                var adds = At(_termAdds, terms[term.TermId]);
                adds.Docs.Add(d);
                adds.Impacts.Add(TermImpact.Of(counted, term, averages, k1));
            }
            foreach (var filter in documents.New(d).Filters)
            {
                var adds = At(_filterAdds, filter.Key);
                if (adds.Docs.Count > 0 && adds.Docs[^1] == d) continue;
                adds.Docs.Add(d);
                adds.Label ??= filter.Label;
            }
        }
        Keys = new string[_termAdds.Count + _filterAdds.Count];
        _termAdds.Keys.CopyTo(Keys, 0);
        _filterAdds.Keys.CopyTo(Keys, _termAdds.Count);
        Array.Sort(Keys, StringComparer.Ordinal);
    }

    /// <summary>
    /// The keys, sorted, each once: a term never starts with '~' (its first character is a letter,
    /// digit or mark: see <see cref="SearchTokenizer"/>) and a filter key always does.
    /// </summary>
    public string[] Keys { get; }

    /// <summary>Each key's entry as the last build left it; null where the index had none.</summary>
    public ShardEntry?[] Olds { get; private set; } = [];

    /// <summary>Each key's entry made anew; null where none is left.</summary>
    public ShardEntry?[] Fresh { get; private set; } = [];

    private static KeyAdditions At(Dictionary<string, KeyAdditions> additions, string key)
    {
        if (!additions.TryGetValue(key, out var found)) additions[key] = found = new KeyAdditions();
        return found;
    }

    /// <summary>The keys' old entries, from the blobs of the shards whose key ranges hold them.</summary>
    public void ReadOld(OldShards oldShards)
    {
        var holding = new List<int>();
        foreach (var key in Keys)
        {
            var shard = oldShards.Holding(key);
            if (holding.Count == 0 || holding[^1] != shard) holding.Add(shard);
        }
        oldShards.Read(holding);
        Olds = new ShardEntry?[Keys.Length];
        for (var k = 0; k < Keys.Length; k++) Olds[k] = oldShards.Find(Keys[k]);
    }

    /// <summary>The entries made anew: the old postings of unchanged documents merged with the new documents'.</summary>
    public void Make(ChangedDocuments documents, int headPostings)
    {
        var fresh = Fresh = new ShardEntry?[Keys.Length];
        var olds = Olds;
        // Only new documents, after all the old ones (a new article): lists only grow at their ends.
        var appended = documents.Ids.Count > 0 && documents.Ids[0] >= documents.Before;
        Parallel.For(0, Keys.Length, k => fresh[k] = _filterAdds.TryGetValue(Keys[k], out var filter)
            ? ChangedEntry.Filter(Keys[k], olds[k], filter, documents.IdSet)
            : (appended && olds[k] != null ? olds[k]!.Appended(_termAdds[Keys[k]].Docs, _termAdds[Keys[k]].Impacts, headPostings) : null)
                ?? ChangedEntry.Term(Keys[k], olds[k], _termAdds[Keys[k]], documents.Ids, headPostings));
    }
}
