using StaticNews.Content;

namespace StaticNews.Site;

/// <summary>
/// A loaded article with its place in the site: its URL path (relative to the base path, e.g.
/// "2023/09/22/slug/"), its local publication date, and the terms it files under.
/// </summary>
public sealed class Article(FrontMatter meta, string body, string sourceFile, string slug, string path, DateTime localDate)
{
    public FrontMatter Meta { get; } = meta;
    public string Body { get; } = body;
    public string SourceFile { get; } = sourceFile;
    public string Slug { get; } = slug;
    public string Path { get; } = path;

    /// <summary>The publication date as a wall-clock time in the site's time zone: it decides the URL and the archive.</summary>
    public DateTime LocalDate { get; } = localDate;

    public List<Term> Tags { get; } = [];
    public List<Term> Locations { get; } = [];
}
