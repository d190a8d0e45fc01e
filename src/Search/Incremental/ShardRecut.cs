using StaticNews.Search.IndexFormat;

namespace StaticNews.Search.Incremental;

/// <summary>
/// The term shards of an updated index: the old shards whose key ranges hold no changed key kept,
/// and the entries around the changed ones cut anew (see <see cref="ShardCut"/>). The changed keys
/// come sorted and each once (<see cref="ChangedKeys.Keys"/>), each with its entry made anew (null
/// where none is left).
/// </summary>
internal sealed class ShardRecut(OldShards oldShards, string[] changedKeys, ShardEntry?[] fresh)
{
    /// <summary>
    /// Walk the old shards: keep the clean ones, and from a dirty one cut the entries anew until
    /// a cut falls where an old shard began (from there on the old cuts hold again).
    /// </summary>
    public List<ShardLayout> Layout(ShardCut cut)
    {
        var layout = new List<ShardLayout>();
        var j = 0;
        while (j < oldShards.Count)
        {
            if (!Dirty(j))
            {
                layout.Add(new ShardLayout(oldShards[j++], null));
                continue;
            }
            var current = new List<ShardEntry>();
            long running = 0;
            var resume = oldShards.Count;
            for (var i = j; i < oldShards.Count && resume == oldShards.Count; i++)
            {
                foreach (var entry in EntriesOf(i))
                {
                    if (cut.Before(running, entry.Key, entry.Size))
                    {
                        layout.Add(new ShardLayout(null, current));
                        current = [];
                        running = 0;
                        if (i > j && entry.Key == oldShards[i].FirstKey)
                        {
                            resume = i;
                            break;
                        }
                    }
                    current.Add(entry);
                    running += entry.Size;
                }
            }
            if (current.Count > 0) layout.Add(new ShardLayout(null, current));
            j = resume;
        }
        return layout;
    }

    /// <summary>A shard may stay as it was when nothing changed from its first key to the next shard's, both included.</summary>
    private bool Dirty(int j)
    {
        var k = LowerBound(changedKeys, oldShards.Low(j));
        return k < changedKeys.Length && (j + 1 == oldShards.Count || string.CompareOrdinal(changedKeys[k], oldShards[j + 1].FirstKey) <= 0);
    }

    /// <summary>The entries of old shard <paramref name="j"/>'s key range as they are now.</summary>
    private List<ShardEntry> EntriesOf(int j)
    {
        var old = oldShards.Entries(j);
        var k = LowerBound(changedKeys, oldShards.Low(j));
        var end = j + 1 < oldShards.Count ? LowerBound(changedKeys, oldShards[j + 1].FirstKey) : changedKeys.Length;
        var entries = new List<ShardEntry>(old.Count + end - k);
        var o = 0;
        while (o < old.Count || k < end)
        {
            var c = o == old.Count ? 1 : k == end ? -1 : string.CompareOrdinal(old[o].Key, changedKeys[k]);
            if (c < 0) entries.Add(old[o++]);
            else
            {
                if (c == 0) o++;
                if (fresh[k] != null) entries.Add(fresh[k]!);
                k++;
            }
        }
        return entries;
    }

    /// <summary>The first place in <paramref name="sorted"/> whose key is not before <paramref name="key"/>.</summary>
    private static int LowerBound(string[] sorted, string key)
    {
        // The changed keys are unique (see ChangedKeys.Keys), so a match is the first of its key.
        var found = Array.BinarySearch(sorted, key, StringComparer.Ordinal);
        return found >= 0 ? found : ~found;
    }
}

/// <summary>One shard of the updated index: an old one kept, or entries cut anew (and then made).</summary>
internal sealed class ShardLayout(ShardRecord? kept, List<ShardEntry>? fresh)
{
    public ShardRecord? Kept { get; } = kept;
    public List<ShardEntry>? Fresh { get; } = fresh;
    /// <summary>The new shard's record and file, once its fresh entries are written.</summary>
    public ShardOutput? Written { get; set; }
}
