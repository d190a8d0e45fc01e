namespace StaticNews.Configuration;

/// <summary>site.yml cannot be used; the message names the file and, where known, the line.</summary>
public sealed class SiteConfigException(string message) : Exception(message)
{
    /// <summary>The line the problem is on, when it is known (0 otherwise).</summary>
    public int Line { get; init; }

    /// <summary>The problem without the file and line in front, for callers that report those apart.</summary>
    public string Reason { get; init; } = message;
}
