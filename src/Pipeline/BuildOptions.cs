using StaticNews.Configuration;

namespace StaticNews.Pipeline;

/// <summary>What the command line asked for.</summary>
public sealed record BuildOptions(SitePaths Paths, string? BaseUrl = null, bool IncludeDrafts = false, bool IngestOnly = false);
