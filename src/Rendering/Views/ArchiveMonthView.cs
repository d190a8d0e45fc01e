namespace StaticNews.Rendering.Views;

/// <summary>One month in the archive navigation, and on its year page its articles.</summary>
public sealed record ArchiveMonthView(string Name, string Url, int Count, string CountText, IReadOnlyList<ArticleCardView> Articles);
