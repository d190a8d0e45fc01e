namespace StaticNews.Rendering;

/// <summary>A theme layout that does not parse or render; the message names the layout.</summary>
public sealed class TemplateException(string message) : Exception(message);
