namespace StaticNews.Output;

/// <summary>
/// Maps a list in parallel a chunk at a time and yields the results in order: every core
/// renders, yet only one chunk of rendered pages is in memory while the writer drains it.
/// </summary>
public static class ParallelChunks
{
    public const int ChunkSize = 512;

    /// <summary>
    /// The items are taken a chunk at a time too, so a lazy sequence (a term's pages, made as
    /// they are needed) is never listed whole.
    /// </summary>
    public static IEnumerable<TResult> Select<T, TResult>(IEnumerable<T> items, Func<T, TResult> map)
    {
        foreach (var chunk in items.Chunk(ChunkSize))
        {
            var results = new TResult[chunk.Length];
            Parallel.For(0, chunk.Length, i => results[i] = map(chunk[i]));
            foreach (var result in results) yield return result;
        }
    }
}
