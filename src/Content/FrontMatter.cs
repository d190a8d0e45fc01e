namespace StaticNews.Content;

/// <summary>
/// The metadata block at the top of an article's Markdown file (see DESIGN.md, "Front matter").
/// </summary>
public sealed record FrontMatter
{
    public required string Title { get; init; }
    public required DateTimeOffset Date { get; init; }

    /// <summary>Where the date came from; null when the file does not say (an editor's article, or one ingested before it was recorded).</summary>
    public DateSource? DateSource { get; init; }

    public string Slug { get; init; } = "";
    public string Summary { get; init; } = "";
    public string? Source { get; init; }
    public string Language { get; init; } = "da";
    public IReadOnlyList<string> Locations { get; init; } = [];
    public IReadOnlyList<string> People { get; init; } = [];
    public IReadOnlyList<string> Organisations { get; init; } = [];

    /// <summary>Editors' topic tags; files written before people and organisations had their own lists hold them here too.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The seed this file was generated from, relative to the input folder; null for an editor's own article.</summary>
    public string? Seed { get; init; }

    /// <summary>Hash of the seed bytes this file was generated from.</summary>
    public string? SeedHash { get; init; }

    /// <summary>Hash of the file as ingest wrote it; a file that no longer matches was edited by a person.</summary>
    public string? GeneratedHash { get; init; }

    public bool Draft { get; init; }
}
