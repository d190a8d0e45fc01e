namespace StaticNews.Content;

/// <summary>An article as stored in <c>input/articles/*.md</c>: front matter and a Markdown body.</summary>
public sealed record ArticleFile(FrontMatter FrontMatter, string Body)
{
    /// <summary>
    /// True when <see cref="Body"/> was not kept: the site loader holds front matter only and
    /// the body is read again from the file when its page is rendered, so memory does not grow
    /// with the size of the archive's text.
    /// </summary>
    public bool BodyDeferred { get; init; }

    /// <summary>Content hash of the whole file as read, for incremental builds; null when not read from a file.</summary>
    public string? Hash { get; init; }

    /// <summary>The 1-based line of its file where the body starts (1 when not read from a file), so a line of the body can be named in the file.</summary>
    public int BodyLine { get; init; } = 1;
}
