using System.Buffers;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Search.Incremental;

/// <summary>
/// An entry whose documents changed, made anew from its old entry: the postings of the changed
/// documents taken out and what they add now (<see cref="KeyAdditions"/>) merged in.
/// </summary>
internal static class ChangedEntry
{
    /// <summary>A term's entry with the changed documents' postings taken out and the new ones merged in; null when none is left.</summary>
    public static ShardEntry? Term(string key, ShardEntry? old, KeyAdditions adds, IReadOnlyList<int> changedIds, int headSize)
    {
        // Rented: the lists of common words would be large objects, which bring on full collections.
        var oldCount = old?.Count ?? 0;
        var oldDocs = ArrayPool<int>.Shared.Rent(oldCount);
        var oldImpacts = ArrayPool<byte>.Shared.Rent(oldCount);
        old?.PostingsInto(oldDocs, oldImpacts);
        var docs = ArrayPool<int>.Shared.Rent(oldCount + adds.Docs.Count);
        var impacts = ArrayPool<byte>.Shared.Rent(oldCount + adds.Docs.Count);
        int length = 0, a = 0, c = 0;
        for (var i = 0; i <= oldCount; i++)
        {
            var next = i < oldCount ? oldDocs[i] : int.MaxValue;
            for (; a < adds.Docs.Count && adds.Docs[a] < next; a++)
            {
                docs[length] = adds.Docs[a];
                impacts[length++] = (byte)adds.Impacts[a];
            }
            // Both ascend: step through the changed ids alongside.
            while (c < changedIds.Count && changedIds[c] < next) c++;
            if (i == oldCount || (c < changedIds.Count && changedIds[c] == next)) continue;
            docs[length] = next;
            impacts[length++] = oldImpacts[i];
        }
        var entry = length == 0 ? null : ShardEntry.Term(key, docs.AsSpan(0, length), impacts.AsSpan(0, length), headSize);
        ArrayPool<int>.Shared.Return(oldDocs);
        ArrayPool<byte>.Shared.Return(oldImpacts);
        ArrayPool<int>.Shared.Return(docs);
        ArrayPool<byte>.Shared.Return(impacts);
        return entry;
    }

    /// <summary>A filter's entry with the changed documents taken out and the new ones merged in; null when none is left.</summary>
    public static ShardEntry? Filter(string key, ShardEntry? old, KeyAdditions adds, HashSet<int> changed)
    {
        var kept = old == null ? [] : old.Documents();
        var merged = new List<int>(kept.Length + adds.Docs.Count);
        int i = 0, a = 0;
        while (i < kept.Length || a < adds.Docs.Count)
        {
            if (a == adds.Docs.Count || (i < kept.Length && kept[i] < adds.Docs[a]))
            {
                if (!changed.Contains(kept[i])) merged.Add(kept[i]);
                i++;
            }
            else merged.Add(adds.Docs[a++]);
        }
        if (merged.Count == 0) return null;
        // The label is its first document's, as a whole build takes it (every document of a filter
        // has the same label: it is its term's name, which the document's key holds).
        var label = adds.Docs.Count > 0 && merged[0] == adds.Docs[0] ? adds.Label! : old!.Label!;
        return ShardEntry.Filter(key, label, merged);
    }
}
