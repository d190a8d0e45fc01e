using StaticNews.Content;

namespace StaticNews.Enrichment;

/// <summary>
/// An article on its way from seed to Markdown file. Ingest fills in what the seed text says
/// (title line, date line, blocks, source); each <see cref="IEnricher"/> returns a copy with
/// one more thing worked out.
/// </summary>
public sealed record ArticleDraft
{
    public required IReadOnlyList<TextBlock> Blocks { get; init; }
    public string? TitleLine { get; init; }
    public DateTimeOffset? DateInText { get; init; }

    /// <summary>Used when the text has no date: the date already in an earlier version of the file, else the seed's commit or file time.</summary>
    public DateTimeOffset? FallbackDate { get; init; }

    public string? Source { get; init; }

    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public DateTimeOffset? Date { get; init; }
    public string Language { get; init; } = "";
    public string Slug { get; init; } = "";
    public IReadOnlyList<string> Locations { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Warnings about one line of the seed (its 1-based number), said with the line.</summary>
    public IReadOnlyList<(int Line, string Message)> LineWarnings { get; init; } = [];

    public string Lead => Blocks.FirstOrDefault(b => b.Kind == TextBlockKind.Paragraph)?.Text ?? "";

    public ArticleDraft Warn(string warning) => this with { Warnings = [.. Warnings, warning] };
}
