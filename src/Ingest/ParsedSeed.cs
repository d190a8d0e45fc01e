using StaticNews.Content;
using StaticNews.Text;

namespace StaticNews.Ingest;

/// <summary>
/// What the shape of a seed text tells us, before any enrichment: its title and date lines if
/// it has them, its blocks, its byline and the boilerplate lines taken out.
/// </summary>
public sealed record ParsedSeed
{
    public string? Title { get; init; }
    public DateTimeOffset? Date { get; init; }

    /// <summary>The wire dateline the lead opens with, if it does.</summary>
    public WireDateline? Dateline { get; init; }

    public IReadOnlyList<TextBlock> Blocks { get; init; } = [];
    public string? Source { get; init; }

    /// <summary>Removed lines with their line numbers, reported per article.</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>The first paragraph: the lead.</summary>
    public string Lead => Blocks.FirstOrDefault(b => b.Kind == TextBlockKind.Paragraph)?.Text ?? "";
}
