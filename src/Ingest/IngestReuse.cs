using StaticNews.Caching;
using StaticNews.Configuration;

namespace StaticNews.Ingest;

/// <summary>
/// What an earlier build lets this ingest skip. With <see cref="TrustUnchanged"/> (see
/// <see cref="IngestKey.TrustsArticles"/>), an untouched article generated from the same seed
/// bytes is up to date: its seed is neither parsed nor tagged again. <see cref="KnownHash"/>
/// gives a file's content hash when the build's input check read it already (null: unknown);
/// <see cref="Cache"/> is where the article store keeps what it learnt (null: nowhere).
/// </summary>
public sealed record IngestReuse(bool TrustUnchanged, Func<string, string?>? KnownHash, BuildCache? Cache)
{
    /// <summary>input/seeds/ as the build's input check listed it, when that can stand in for walking it again (null: walk it).</summary>
    public InputListing? Seeds { get; init; }

    /// <summary>The files directly in input/articles/ as the check listed them (null: list the folder).</summary>
    public InputListing? ArticleFiles { get; init; }

    /// <summary>Nothing reused: every seed is read, as on a first build.</summary>
    public static IngestReuse None { get; } = new(false, null, null);
}
