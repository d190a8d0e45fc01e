using StaticNews.Caching;

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
    /// <summary>Nothing reused: every seed is read, as on a first build.</summary>
    public static IngestReuse None { get; } = new(false, null, null);
}
