namespace StaticNews.Search.IndexFormat;

/// <summary>Where a blob is: in which pack of the store, at which offset, how long, and the hash of its bytes.</summary>
public sealed record BlobLocation(string Pack, long Offset, int Length, string Hash)
{
    /// <summary>A blob not yet written.</summary>
    public static readonly BlobLocation Unplaced = new("", 0, 0, "");
}
