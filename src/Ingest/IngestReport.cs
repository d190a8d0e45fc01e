namespace StaticNews.Ingest;

/// <summary>
/// What one ingest run did to <c>input/articles/</c>; <see cref="ChangedFiles"/> are the files it
/// wrote or deleted, <see cref="Removed"/> the untouched articles whose seed was deleted.
/// </summary>
public sealed record IngestReport(int Seeds, int Created, int Updated, int Unchanged, int KeptEdited, int Failed)
{
    public int Removed { get; init; }

    public IReadOnlyList<string> ChangedFiles { get; init; } = [];

    /// <summary>Of the unchanged seeds, those known up to date from their article's recorded hashes: not parsed, not tagged.</summary>
    public int Reused { get; init; }
}
