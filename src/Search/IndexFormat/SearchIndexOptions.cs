namespace StaticNews.Search.IndexFormat;

/// <summary>Tuning of the index: BM25 saturation, file sizes. Defaults suit 100 to 100,000 articles.</summary>
public sealed record SearchIndexOptions
{
    /// <summary>Impacts are stored as integers 1..ImpactScale: two JSON digits at most, fine enough to rank.</summary>
    public const int ImpactScale = 99;

    /// <summary>BM25's term-frequency saturation.</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>
    /// Postings of a term kept in its shard, highest impact first; a longer list's rest goes to a
    /// continuation file. 512 answers a one-word query twenty pages deep and the 200 hits a phrase
    /// is checked against; a filter holding 2 % of the archive still finds ten of its articles in
    /// the head on average; and the head stays a small download even in a large archive (each
    /// posting is an id gap of a few digits and an impact of two). int.MaxValue keeps every list whole.
    /// </summary>
    public int HeadPostings { get; init; } = 512;

    /// <summary>Documents per block of fragment names (one block is fetched per shown hit at most).</summary>
    public int BlockSize { get; init; } = 128;

    /// <summary>Blocks named by one hash, so the manifest lists one name per group (2,048 documents), not per block.</summary>
    public int BlockGroup { get; init; } = 16;

    /// <summary>A fixed shard size in bytes; null lets it grow with the index (see the builder).</summary>
    public int? ShardBytes { get; init; }

    public int MinShardBytes { get; init; } = 8 * 1024;

    /// <summary>Body text kept for excerpts and phrase checks; longer bodies are cut.</summary>
    public int MaxBodyChars { get; init; } = 20_000;
}
