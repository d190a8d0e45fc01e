namespace StaticNews.Search.Analysis;

/// <summary>
/// One article as search sees it: the text fields it ranks on, the filters it answers to, and
/// what a result shows. Plain text only (Markdown already stripped); all of it is untrusted and
/// reaches the browser as JSON values, never as markup.
/// </summary>
public sealed record SearchDocument(
    string Url,
    string Title,
    string Lead,
    string Body,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Locations,
    IReadOnlyList<SearchFilter> Filters,
    string Date,
    string DateText);

/// <summary>
/// A filter value an article answers to: kind "location", "tag" or "year" (the URL parameter),
/// value the slug or year as it appears in the URL, label what the reader sees.
/// </summary>
public sealed record SearchFilter(string Kind, string Value, string Label)
{
    /// <summary>The key the filter's article list is stored under in the term shards.</summary>
    public string Key => "~" + Kind + ":" + Value;
}
