using StaticNews.Content;
using StaticNews.Text;

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

    /// <summary>The wire dateline the lead opens with ("KØBENHAVN, 22. september (Ritzau) –"), often without a year.</summary>
    public WireDateline? Dateline { get; init; }

    /// <summary>A date in the seed's file name ("2023-09-22_…", "20230922…").</summary>
    public DateTimeOffset? DateInFileName { get; init; }

    /// <summary>The date the seeds' metadata file gives for this seed.</summary>
    public DateTimeOffset? DateInMetadata { get; init; }

    /// <summary>
    /// The guess used when nothing above dates the article: the guessed date already in an
    /// earlier version of the file, else the seed's commit or file time (<see cref="FallbackSource"/> says which).
    /// </summary>
    public DateTimeOffset? FallbackDate { get; init; }

    public DateSource FallbackSource { get; init; } = Content.DateSource.FileTime;

    public string? Source { get; init; }

    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public DateTimeOffset? Date { get; init; }
    public DateSource? DateSource { get; init; }
    public string Language { get; init; } = "";
    public string Slug { get; init; } = "";
    public IReadOnlyList<string> Locations { get; init; } = [];
    public IReadOnlyList<string> People { get; init; } = [];
    public IReadOnlyList<string> Organisations { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Warnings about one line of the seed (its 1-based number), said with the line.</summary>
    public IReadOnlyList<CleanedLine> LineWarnings { get; init; } = [];


    /// <summary>The first paragraph, without the wire dateline it may open with: what the headline and summary are made of.</summary>
    public string Lead
    {
        get
        {
            var lead = Blocks.FirstOrDefault(b => b.Kind == TextBlockKind.Paragraph)?.Text ?? "";
            return Dateline is { } dateline && dateline.Length < lead.Length ? lead[dateline.Length..] : lead;
        }
    }

    public ArticleDraft Warn(string warning) => this with { Warnings = [.. Warnings, warning] };
}
