namespace StaticNews.Rendering.Views;

/// <summary>
/// Position in a paginated list: <see cref="Front"/> on the list's own URL (the newest
/// articles), otherwise a numbered page; newer is towards the front, older away from it;
/// <see cref="Label"/> the dates the page covers.
/// </summary>
public sealed record PagerView(bool Front, string? NewerUrl, string? OlderUrl, string Label);
