using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticNews.Text;

namespace StaticNews.Search.Analysis;

/// <summary>
/// The words of a Markdown body as a reader sees them on the article page: escapes resolved,
/// emphasis and links reduced to their text, raw HTML kept as the text the page shows (the
/// renderer disables HTML), one block a line. Not HTML-encoded: this is data, encoded where it is used.
/// Held to the same <see cref="MarkdownBudget"/> and cleaned the same way as the article page.
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static string ToPlainText(string markdown)
    {
        // Plain paragraphs (nearly every article ingest writes) need no parse: the same words, no
        // tree, and keep to every budget (no nesting, brackets or delimiter runs), so need no check.
        if (PlainParagraphs.ToText(markdown) is { } plain) return plain;
        MarkdownBudget.Check(markdown);
        return Parsed(markdown);
    }

    /// <summary>What Markdig makes of the body, whatever it holds.</summary>
    internal static string Parsed(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var text = new StringBuilder(markdown.Length);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            var start = text.Length;
            if (block.Inline != null) AppendInlines(block.Inline, text);
            else if (block is CodeBlock code) text.Append(code.Lines.ToString());
            if (text.Length > start) text.Append('\n');
        }
        return ControlCharacters.Clean(text.ToString().TrimEnd()).Text;
    }

    private static void AppendInlines(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case HtmlInline html: text.Append(html.Tag); break;
                case AutolinkInline link: text.Append(link.Url); break;
                case LineBreakInline: text.Append(' '); break;
                case ContainerInline child: AppendInlines(child, text); break;
            }
        }
    }
}
