namespace StaticNews.Rendering.Views;

/// <summary>Position in a paginated list; newer is towards page 1.</summary>
public sealed record PagerView(int Current, int Total, string? NewerUrl, string? OlderUrl, string Label);
