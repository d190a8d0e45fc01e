namespace StaticNews.Rendering.Views;

/// <summary>
/// An article as lists show it: title, date, lead, where and who. <see cref="Tags"/> holds all
/// its tags; <see cref="People"/>, <see cref="Organisations"/> and <see cref="Topics"/> the same
/// tags by what they name, for pages that show them apart.
/// </summary>
public sealed record ArticleCardView(
    string Title, string Url, string DateIso, string DateText, string Summary, string? Source,
    IReadOnlyList<TermLinkView> Locations, IReadOnlyList<TermLinkView> Tags,
    IReadOnlyList<TermLinkView> People, IReadOnlyList<TermLinkView> Organisations, IReadOnlyList<TermLinkView> Topics);
