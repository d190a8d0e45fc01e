namespace StaticNews.Configuration;

/// <summary>site.yml cannot be used; the message names the file and, where known, the line.</summary>
public sealed class SiteConfigException(string message) : Exception(message);
