namespace StaticNews.Ingest;

/// <summary>What one ingest run did to <c>input/articles/</c>.</summary>
public sealed record IngestReport(int Seeds, int Created, int Updated, int Unchanged, int KeptEdited, int Failed);
