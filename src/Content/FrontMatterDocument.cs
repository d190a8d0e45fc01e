namespace StaticNews.Content;

/// <summary>
/// The YAML shape of front matter, field for field as people write it (strings and lists of
/// strings); <see cref="ArticleFileFormat"/> turns it into a typed <see cref="FrontMatter"/>.
/// Property order here is the order the keys are written in.
/// </summary>
public sealed class FrontMatterDocument
{
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? DateSource { get; set; }
    public string? Slug { get; set; }
    public string? Summary { get; set; }
    public string? Source { get; set; }
    public string? Language { get; set; }
    public List<string>? Locations { get; set; }
    public List<string>? People { get; set; }
    public List<string>? Organisations { get; set; }
    public List<string>? Tags { get; set; }
    public string? Seed { get; set; }
    public bool? Draft { get; set; }
    public string? SeedHash { get; set; }
    public string? GeneratedHash { get; set; }
}
