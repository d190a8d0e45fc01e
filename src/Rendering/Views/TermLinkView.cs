namespace StaticNews.Rendering.Views;

/// <summary>
/// A tag or location as an article card names it: name and URL, without the count a
/// <see cref="LinkView"/> carries. A count on every card would make every page that shows a card
/// depend on every other article under that term, and one new article would change thousands
/// of pages (for no visible difference: the theme shows counts only on term lists).
/// </summary>
public sealed record TermLinkView(string Name, string Url);
