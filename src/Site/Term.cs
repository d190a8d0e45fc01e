namespace StaticNews.Site;

/// <summary>
/// A tag (a person, organisation or topic: <see cref="Role"/>) or a location with its articles, newest first. Names that slugify alike ("Århus",
/// "Aarhus", "ÅRHUS") are one term, so no two pages collide on a case-insensitive checkout.
/// </summary>
public sealed class Term(TermKind kind, string name, string slug, IReadOnlyList<Article> articles, TermRole role = TermRole.Topic)
{
    public TermKind Kind { get; } = kind;

    /// <summary>For a tag: whether it names a person, an organisation or a topic.</summary>
    public TermRole Role { get; } = role;

    public string Name { get; } = name;
    public string Slug { get; } = slug;
    public IReadOnlyList<Article> Articles { get; } = articles;

    /// <summary>The term's site path ("locations/aarhus/"), made once: every page, card link and feed of the term asks for it.</summary>
    public string Path { get; } = $"{kind.ToString().ToLowerInvariant()}/{slug}/";
}
