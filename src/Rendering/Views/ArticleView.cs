namespace StaticNews.Rendering.Views;

/// <summary>An article page: the card, its rendered body, its neighbours in time and related articles.</summary>
public sealed record ArticleView(
    ArticleCardView Card, string BodyHtml, ArticleCardView? Newer, ArticleCardView? Older, IReadOnlyList<ArticleCardView> Related);
