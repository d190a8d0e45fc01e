namespace StaticNews.Rendering.Views;

/// <summary>A link to a tag, location or archive page, with how many articles it holds.</summary>
public sealed record LinkView(string Name, string Url, int Count, string CountText);
