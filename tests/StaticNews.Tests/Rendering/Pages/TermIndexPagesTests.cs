using AngleSharp.Html.Parser;
using StaticNews.Output;
using StaticNews.Rendering.Pages;
using StaticNews.Site;

namespace StaticNews.Tests.Rendering.Pages;

/// <summary>
/// The tag index split by letter, made alone: each letter's page lists its terms alphabetically in
/// the site's language, and is kept while its terms and the letters are unchanged.
/// </summary>
public class TermIndexPagesTests
{
    private static readonly HtmlParser Parser = new();

    // More tags than one index page holds, named out of alphabetical order: "Aarhus" sorts as "Århus" in Danish.
    private static readonly string[] Tags =
        [.. Enumerable.Range(0, TermIndexPages.MaxTermsPerPage).Select(i => $"Sofie Nummer{TermIndexPages.MaxTermsPerPage - i:D4}"), "Åse", "Bo", "Aarhus", "Anna", "Birthe"];

    [Fact]
    public void A_letters_page_lists_its_terms_alphabetically_and_the_letters_in_the_order_of_their_first_terms()
    {
        var files = new TermIndexPages(TermKind.Tags).Generate(Site().Build()).ToDictionary(f => f.Path);

        var index = Page(files["tags/index.html"]);
        Assert.Equal(["A", "B", "S", "AA"], index.QuerySelectorAll("nav.letters a").Select(a => a.TextContent.Trim()).Take(4).Select(Letter));
        // Filed under its first letter, "Aarhus" sorts as "Århus" does.
        Assert.Equal(["Anna", "Aarhus"], Names(files["tags/a-z/a/index.html"]));
        Assert.Equal(["Birthe", "Bo"], Names(files["tags/a-z/b/index.html"]));
        Assert.Equal(["Åse"], Names(files["tags/a-z/aa/index.html"]));
        Assert.Equal(Enumerable.Range(1, TermIndexPages.MaxTermsPerPage).Select(i => $"Sofie Nummer{i:D4}"), Names(files["tags/a-z/s/index.html"]));
    }

    [Fact]
    public void A_letters_page_is_kept_until_one_of_its_terms_or_the_letters_change()
    {
        var first = new TermIndexPages(TermKind.Tags).Generate(Site().Build()).ToList();
        var made = new KeysOf(first);

        var again = new TermIndexPages(TermKind.Tags).Generate(Site().WithPrevious(made).Build()).ToList();
        var moreOfBo = new TermIndexPages(TermKind.Tags).Generate(Site().Article("mere", tags: ["Bo"]).WithPrevious(made).Build()).ToList();

        Assert.All(again.Where(f => f.Path.Contains("/a-z/", StringComparison.Ordinal)), f => Assert.True(f.Reused, f.Path));
        Assert.Equal(["tags/a-z/b/index.html"], moreOfBo.Where(f => !f.Reused && f.Path.Contains("/a-z/", StringComparison.Ordinal)).Select(f => f.Path));
    }

    private static RenderContextBuilder Site() => new RenderContextBuilder().Article("mange", tags: Tags);

    private static AngleSharp.Html.Dom.IHtmlDocument Page(OutputFile file) => Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Content));

    private static List<string> Names(OutputFile file) => Page(file).QuerySelectorAll(".term-list li a").Select(a => a.TextContent.Trim()).ToList();

    private static string Letter(string label) => label == "Å" ? "AA" : label;

    private sealed class KeysOf(IEnumerable<OutputFile> files) : IPreviousOutput
    {
        private readonly Dictionary<string, string> _keys = files.ToDictionary(f => f.Path, f => f.Key!);

        public bool CanReuse(string path, string key) => _keys.TryGetValue(path, out var held) && held == key;
    }
}
