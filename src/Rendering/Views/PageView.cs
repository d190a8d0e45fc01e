namespace StaticNews.Rendering.Views;

/// <summary><c>page</c> in every layout: what the head of this one page needs.</summary>
public sealed record PageView(string Title, string Description, string Url, string Canonical, string? FeedUrl, string? FeedTitle, string Kind);
