using StaticNews.Content;

namespace StaticNews.Ingest;

/// <summary>Writes a seed's blocks as a Markdown body: escaped paragraphs, sub-headings as level-2 headings.</summary>
public static class MarkdownBody
{
    public static string From(IEnumerable<TextBlock> blocks)
        => string.Join("\n\n", blocks.Select(b => b.Kind == TextBlockKind.Heading
            ? "## " + MarkdownEscaper.Escape(b.Text)
            : MarkdownEscaper.Escape(b.Text))) + "\n";
}
