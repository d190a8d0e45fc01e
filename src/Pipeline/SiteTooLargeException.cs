namespace StaticNews.Pipeline;

/// <summary>A build whose output is larger than site.yml's max_site_bytes: it stops before output/ is replaced.</summary>
public sealed class SiteTooLargeException(string message) : Exception(message);
