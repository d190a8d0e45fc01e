namespace StaticNews.Site;

/// <summary>The two taxonomies of an archive; the value is also the URL folder.</summary>
public enum TermKind
{
    Tags,
    Locations,
}
