namespace StaticNews.Rendering.Views;

/// <summary>The terms under one initial letter of an A–Z index.</summary>
public sealed record TermGroupView(string Letter, IReadOnlyList<LinkView> Terms);
