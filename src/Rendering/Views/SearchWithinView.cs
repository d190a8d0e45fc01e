namespace StaticNews.Rendering.Views;

/// <summary>
/// A "search within" link from a tag, location or year page to the search page with that filter
/// set (/search/?location=armenien), and the words the link says.
/// </summary>
public sealed record SearchWithinView(string Url, string Label);
