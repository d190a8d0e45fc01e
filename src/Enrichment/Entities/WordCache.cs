using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// What the tagger works out per word form, kept for the process and shared by its threads: news
/// text repeats its words, so the cache stays small; past <see cref="MaxWords"/> forms (a large
/// archive's vocabulary, names and typos) it is emptied rather than left to grow.
/// </summary>
internal sealed class WordCache<T> where T : class
{
    public const int MaxWords = 500_000;

    private readonly ConcurrentDictionary<string, T> _words = new(StringComparer.Ordinal);
    private int _count;

    public bool TryGet(string word, [MaybeNullWhen(false)] out T value) => _words.TryGetValue(word, out value);

    /// <summary>Keeps <paramref name="value"/> for <paramref name="word"/> and returns it.</summary>
    public T Add(string word, T value)
    {
        // Counted here, not by the dictionary's Count, which takes every lock of the dictionary.
        if (Interlocked.Increment(ref _count) > MaxWords)
        {
            _words.Clear();
            Interlocked.Exchange(ref _count, 0);
        }
        _words.TryAdd(word, value);
        return value;
    }
}
