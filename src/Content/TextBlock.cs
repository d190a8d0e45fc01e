namespace StaticNews.Content;

public enum TextBlockKind
{
    Paragraph,
    Heading,
}

/// <summary>One paragraph or sub-heading of a seed, as plain text, with the seed line it starts on.</summary>
public sealed record TextBlock(TextBlockKind Kind, string Text, int Line);
