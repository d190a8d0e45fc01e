namespace StaticNews.Search.Incremental;

/// <summary>The postings and filter memberships the changed documents add to one key (and a filter's label).</summary>
internal sealed class KeyAdditions
{
    public List<int> Docs { get; } = [];
    public List<int> Impacts { get; } = [];
    public string? Label { get; set; }
}
