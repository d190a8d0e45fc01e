namespace StaticNews.Rendering;

/// <summary>
/// Maps a list in parallel a chunk at a time and yields the results in order: every core
/// renders, yet only one chunk of rendered pages is in memory while the writer drains it.
/// </summary>
public static class ParallelChunks
{
    public const int ChunkSize = 512;

    public static IEnumerable<TResult> Select<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> map)
    {
        for (var start = 0; start < items.Count; start += ChunkSize)
        {
            var count = Math.Min(ChunkSize, items.Count - start);
            var results = new TResult[count];
            var offset = start;
            Parallel.For(0, count, i => results[i] = map(items[offset + i]));
            foreach (var result in results) yield return result;
        }
    }
}
