namespace StaticNews.Search.Analysis;

/// <summary>
/// The ranked parts of an article and how much a match in each counts (BM25F weights) and how
/// strongly its length dampens it (b). A word in the title or lead says more about what the
/// article is about than the same word deep in the body; tags and locations are the enricher's
/// summary of the article, so they weigh like the lead.
/// </summary>
public sealed record SearchField(string Name, double Weight, double LengthNormalisation)
{
    public static readonly SearchField Title = new("title", 3.0, 0.5);
    public static readonly SearchField Lead = new("lead", 2.0, 0.5);
    public static readonly SearchField Body = new("body", 1.0, 0.75);
    public static readonly SearchField Tags = new("tags", 2.0, 0.3);
    public static readonly SearchField Locations = new("locations", 2.0, 0.3);

    public static IReadOnlyList<SearchField> All { get; } = [Title, Lead, Body, Tags, Locations];

    public string TextOf(SearchDocument document) => Name switch
    {
        "title" => document.Title,
        "lead" => document.Lead,
        "body" => document.Body,
        "tags" => string.Join(" \n ", document.Tags),
        "locations" => string.Join(" \n ", document.Locations),
        _ => throw new InvalidOperationException("unknown field " + Name),
    };
}
