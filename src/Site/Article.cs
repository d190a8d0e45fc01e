using StaticNews.Content;
using StaticNews.Text;

namespace StaticNews.Site;

/// <summary>
/// A loaded article with its place in the site: its URL path (relative to the base path, e.g.
/// "2023/09/22/slug/"), its local publication date, and the terms it files under. A loaded site
/// does not keep bodies: <see cref="ReadBody"/> reads the article's file when asked, so a large
/// model holds front matter only.
/// </summary>
public sealed class Article
{
    // The body given when the article was made, or null: read from SourceFile on every call.
    private readonly string? _body;

    /// <summary>An article whose body is held in memory (a model made from text, not files).</summary>
    public Article(FrontMatter meta, string body, string sourceFile, string slug, string path, DateTime localDate)
        : this(meta, body, ContentHash.Of(body), sourceFile, slug, path, localDate)
    {
    }

    private Article(FrontMatter meta, string? body, string hash, string sourceFile, string slug, string path, DateTime localDate)
    {
        Meta = meta;
        _body = body;
        Hash = hash;
        SourceFile = sourceFile;
        Slug = slug;
        Path = path;
        LocalDate = localDate;
    }

    /// <summary>
    /// An article whose body stays in its file (<paramref name="sourceFile"/>, whose content hash
    /// is <paramref name="hash"/>) and is read from there by <see cref="ReadBody"/>: the article
    /// holds no delegate or body of its own, which for every article of a large archive the
    /// collector would trace through the whole render.
    /// </summary>
    public static Article InFile(FrontMatter meta, string hash, string sourceFile, string slug, string path, DateTime localDate)
        => new(meta, null, hash, sourceFile, slug, path, localDate);

    public FrontMatter Meta { get; }

    /// <summary>
    /// The Markdown body. For an article in its file this reads the file again on every call
    /// (cleaned of what no page can show, as the loader warned when it read it): call it once
    /// where the body is needed (the article page, the search document) and keep the result.
    /// </summary>
    public string ReadBody() => _body ?? ControlCharacters.Clean(ArticleFileFormat.ReadBody(SourceFile)).Text;

    /// <summary>Content hash of the article's file: any change to its text changes it.</summary>
    public string Hash { get; }

    public string SourceFile { get; }
    public string Slug { get; }
    public string Path { get; }

    /// <summary>The publication date as a wall-clock time in the site's time zone: it decides the URL and the archive.</summary>
    public DateTime LocalDate { get; }

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
