using StaticNews.Content;

namespace StaticNews.Site;

/// <summary>
/// A loaded article with its place in the site: its URL path (relative to the base path, e.g.
/// "2023/09/22/slug/"), its local publication date, and the terms it files under. The body is
/// not kept: <see cref="ReadBody"/> reads it when asked (from the file, for a loaded site), so a
/// large model holds front matter only.
/// </summary>
public sealed class Article(FrontMatter meta, Func<string> body, string hash, string sourceFile, string slug, string path, DateTime localDate)
{
    public Article(FrontMatter meta, string body, string sourceFile, string slug, string path, DateTime localDate)
        : this(meta, () => body, Text.ContentHash.Of(body), sourceFile, slug, path, localDate)
    {
    }

    public FrontMatter Meta { get; } = meta;

    /// <summary>
    /// The Markdown body. For a loaded site this reads the article's file again on every call:
    /// call it once where the body is needed (the article page, the search document) and keep the result.
    /// </summary>
    public string ReadBody() => body();

    /// <summary>Content hash of the article's file: any change to its text changes it.</summary>
    public string Hash { get; } = hash;

    public string SourceFile { get; } = sourceFile;
    public string Slug { get; } = slug;
    public string Path { get; } = path;

    /// <summary>The publication date as a wall-clock time in the site's time zone: it decides the URL and the archive.</summary>
    public DateTime LocalDate { get; } = localDate;

    /// <summary>
    /// Where the article stands in the newest-first list of the site model that holds it (-1
    /// before one does), set when the model is made: what the renderer works out per article is
    /// then found in an array, where a dictionary look-up per use (many per article) was a large
    /// share of a one-new-article build's render stage. A reader checks
    /// the model's list at that place holds this article, so a stale position is never trusted.
    /// </summary>
    public int Position { get; internal set; } = -1;

    public List<Term> Tags { get; } = [];
    public List<Term> Locations { get; } = [];
}
