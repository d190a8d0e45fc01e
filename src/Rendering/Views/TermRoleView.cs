namespace StaticNews.Rendering.Views;

/// <summary>The tags of one role on the tag index: "Personer", "Organisationer" or "Emner", the most used first.</summary>
public sealed record TermRoleView(string Key, string Title, IReadOnlyList<LinkView> Terms, int Count, string CountText);
