namespace StaticNews.Search.IndexFormat;

/// <summary>
/// One term shard: its first key (the real one; the manifest writes "" for the first shard), its
/// file's name (t/{Name}.json, a hash of its bytes), where its blob is in the store, its size as
/// the cut counts it, and the names of the rests (p/{name}.json) its entries point to.
/// </summary>
public sealed record ShardRecord(string FirstKey, string Name, BlobLocation Blob, long Size, string[] Rests);
