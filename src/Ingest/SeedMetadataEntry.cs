using System.Globalization;
using StaticNews.Enrichment;

namespace StaticNews.Ingest;

/// <summary>
/// What the seeds' metadata file says of one seed: its date, and any front-matter field it gives
/// (title, summary, source, language, tags, locations, people, organisations). A field it gives
/// replaces what ingest would work out; a field it leaves out is worked out as usual.
/// </summary>
public sealed record SeedMetadataEntry
{
    /// <summary>The seed's path relative to the seeds folder, with '/' between folders.</summary>
    public required string Seed { get; init; }

    public int Line { get; init; }
    public DateTimeOffset? Date { get; init; }
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? Source { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public IReadOnlyList<string>? Locations { get; init; }
    public IReadOnlyList<string>? People { get; init; }
    public IReadOnlyList<string>? Organisations { get; init; }

    /// <summary>
    /// Every value the entry gives, in one string: mixed into the seed's hash, so an untouched
    /// article is regenerated when its entry changes, as when its text does.
    /// </summary>
    public string Fingerprint => string.Join("\u0001",
        Date?.ToString("O", CultureInfo.InvariantCulture) ?? "", Title ?? "", Summary ?? "", Source ?? "", Language ?? "",
        List(Tags), List(Locations), List(People), List(Organisations));

    /// <summary>The fields read before the enrichers run: the title decides the slug, the source is the byline's.</summary>
    public ArticleDraft Before(ArticleDraft draft) => draft with
    {
        TitleLine = Title ?? draft.TitleLine,
        Source = Source ?? draft.Source,
        DateInMetadata = Date,
    };

    /// <summary>The fields that replace what the enrichers worked out.</summary>
    public ArticleDraft After(ArticleDraft draft) => draft with
    {
        Summary = Summary ?? draft.Summary,
        Language = Language ?? draft.Language,
        Tags = Tags ?? draft.Tags,
        Locations = Locations ?? draft.Locations,
        People = People ?? draft.People,
        Organisations = Organisations ?? draft.Organisations,
    };

    private static string List(IReadOnlyList<string>? values) => values == null ? "\u0002" : string.Join("\u0003", values);
}
