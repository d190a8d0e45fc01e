namespace StaticNews.Site;

/// <summary>
/// A tag or a location with its articles, newest first. Names that slugify alike ("Århus",
/// "Aarhus", "ÅRHUS") are one term, so no two pages collide on a case-insensitive checkout.
/// </summary>
public sealed class Term(TermKind kind, string name, string slug, IReadOnlyList<Article> articles)
{
    public TermKind Kind { get; } = kind;
    public string Name { get; } = name;
    public string Slug { get; } = slug;
    public IReadOnlyList<Article> Articles { get; } = articles;

    /// <summary>The term's site path ("locations/aarhus/"), made once: every page, card link and feed of the term asks for it.</summary>
    public string Path { get; } = $"{kind.ToString().ToLowerInvariant()}/{slug}/";
}
