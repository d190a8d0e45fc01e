using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticNews.Text;

namespace StaticNews.Rendering;

/// <summary>
/// Article bodies to HTML with Markdig. Raw HTML in Markdown is shown as text, never passed
/// through, and links with a scheme other than http, https or mailto (javascript:, data:, …)
/// lose their target: an edited file can add links but not script. A body over its
/// <see cref="MarkdownBudget"/> is refused before Markdig parses it, and what Markdig writes is
/// cleaned of characters no page can hold (a numeric entity such as <c>&amp;#27;</c> makes one).
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    // Built when a body first needs Markdig: a rebuild that renders only plain paragraphs (a new
    // wire article) never does. A built pipeline is immutable and safe on every thread at once.
    private readonly Lazy<MarkdownPipeline> _pipeline = new(() => new MarkdownPipelineBuilder()
        .UseAutoIdentifiers()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .DisableHtml()
        .Build());

    public string ToHtml(string markdown)
    {
        // Plain paragraphs (nearly every article ingest writes) need no parse: same HTML, no tree,
        // and keep to every budget (no nesting, brackets or delimiter runs), so need no check.
        if (PlainParagraphs.ToHtml(markdown) is { } plain) return plain;
        MarkdownBudget.Check(markdown);
        return Parsed(markdown);
    }

    /// <summary>What Markdig makes of the body, whatever it holds.</summary>
    internal string Parsed(string markdown)
    {
        var pipeline = _pipeline.Value;
        var document = Markdown.Parse(markdown, pipeline);
        foreach (var link in document.Descendants<LinkInline>())
            if (!IsSafe(link.Url)) link.Url = "#";
        foreach (var link in document.Descendants<AutolinkInline>())
            if (!IsSafe(link.Url)) link.Url = "#";
        return ControlCharacters.Clean(document.ToHtml(pipeline)).Text;
    }

    internal static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): so do we.
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':');
        var slash = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return true;
        return SafeSchemes.Contains(compact[..colon].ToLowerInvariant());
    }
}
