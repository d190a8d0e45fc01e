namespace StaticNews.Rendering.Views;

/// <summary>An article as lists show it: title, date, lead, where and who.</summary>
public sealed record ArticleCardView(
    string Title, string Url, string DateIso, string DateText, string Summary, string? Source,
    IReadOnlyList<TermLinkView> Locations, IReadOnlyList<TermLinkView> Tags);
