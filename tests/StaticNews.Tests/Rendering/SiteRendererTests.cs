using StaticNews.Caching;
using StaticNews.Output;
using StaticNews.Rendering;
using StaticNews.Tests.Search;

namespace StaticNews.Tests.Rendering;

/// <summary>
/// The whole render: an article whose own work fails while the search index is changed in place
/// beside the pages stops the render with the article named, once that change is done, and the
/// render again without it gives the site the last build left.
/// </summary>
public sealed class SiteRendererTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static RenderContextBuilder Archive(bool withFailing)
    {
        var site = new RenderContextBuilder();
        var documents = GeneratedSearchCorpus.Generate(60, seed: 2);
        for (var i = 0; i < documents.Count; i++)
            site.Article($"artikel-{i}", locations: [.. documents[i].Locations], title: documents[i].Title, summary: documents[i].Lead, body: documents[i].Body);
        // Markdown nested deeper than any page or index entry may be: its page and its search document both fail.
        if (withFailing) site.Article("fejler", title: "Artiklen der fejler", body: new string('>', 5000) + " dybt");
        return site;
    }

    [Fact]
    public void An_article_failing_while_the_index_changes_in_place_fails_the_render_and_the_render_without_it_keeps_the_index()
    {
        var cache = new BuildCache(_temp["cache"]);
        var (model, renderer) = Archive(withFailing: false).Site();
        var lastBuild = new List<OutputFile>();
        renderer.Render(model, null, lastBuild.Add, cache);
        var previous = new Holding(lastBuild);

        var (failingModel, failingRenderer) = Archive(withFailing: true).Site();
        var failed = Assert.Throws<ArticlesFailedException>(() => failingRenderer.Render(failingModel, previous, _ => { }, cache));
        Assert.Equal("Artiklen der fejler", Assert.Single(failed.Failures.Keys).Meta.Title);

        // As the render stage does: the same site again without the article. The index's store is as the last build left it, so its files are too.
        var again = new List<OutputFile>();
        renderer.Render(model, previous, again.Add, cache);
        var last = lastBuild.Where(IsSearch).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var search = again.Where(IsSearch).ToList();
        Assert.Equal(last.Keys.Order(StringComparer.Ordinal), search.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.All(search, f => Assert.True(f.Reused || f.Content.AsSpan().SequenceEqual(last[f.Path]), f.Path));
        Assert.Contains(search, f => f.Reused);
    }

    private static bool IsSearch(OutputFile file) => file.Path.StartsWith("search/", StringComparison.Ordinal);

    /// <summary>A previous output holding exactly the files given, under their keys.</summary>
    private sealed class Holding(IEnumerable<OutputFile> files) : IPreviousOutput
    {
        private readonly Dictionary<string, string?> _keys = files.ToDictionary(f => f.Path, f => f.Key, StringComparer.Ordinal);

        public bool CanReuse(string path, string key) => _keys.TryGetValue(path, out var held) && held == key;
    }
}
