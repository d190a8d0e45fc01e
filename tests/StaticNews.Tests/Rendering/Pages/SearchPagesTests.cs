using StaticNews.Caching;
using StaticNews.Output;
using StaticNews.Rendering;
using StaticNews.Rendering.Pages;
using StaticNews.Search.Incremental;
using StaticNews.Search.IndexFormat;
using StaticNews.Tests.Search;

namespace StaticNews.Tests.Rendering.Pages;

/// <summary>
/// The search pages: an index changed in place is begun at the head of a render and made on
/// another thread beside the pages, and gives the files a whole build of the same articles gives;
/// a whole index is left for its turn.
/// </summary>
public sealed class SearchPagesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>An archive of generated articles, the newest a short one that names few terms (so most shards keep their bytes).</summary>
    private static RenderContextBuilder Archive(int count, bool withNewest)
    {
        var site = new RenderContextBuilder();
        var documents = GeneratedSearchCorpus.Generate(count, seed: 4);
        for (var i = 0; i < count; i++)
        {
            var document = documents[i];
            site.Article($"artikel-{i}", locations: [.. document.Locations], tags: [.. document.Tags], title: document.Title, summary: document.Lead, body: document.Body);
        }
        if (withNewest) site.Article("helt-ny", title: "Amnesti til sidst", summary: "Kort om amnesti.", body: "Amnesti igen.", locations: ["Island"]);
        return site;
    }

    [Fact]
    public void An_index_changed_in_place_beside_the_pages_gives_the_files_of_a_whole_build()
    {
        var cache = new BuildCache(_temp["cache"]);
        var first = Archive(300, withNewest: false).WithCache(cache).Build();
        var lastBuild = SearchPages.Begin(first).Generate(first).ToList();

        var context = Archive(300, withNewest: true).WithCache(cache).WithPrevious(new Holding(lastBuild)).Build();
        var search = SearchPages.Begin(context);
        Assert.True(search.ChangesInPlace);
        var changed = search.Generate(context).ToList();

        var whole = Archive(300, withNewest: true).Build();
        var expected = SearchPages.Begin(whole).Generate(whole).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var kept = lastBuild.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var made = changed.ToDictionary(f => f.Path, f => f.Reused ? kept[f.Path] : f.Content, StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), made.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, e => Assert.True(e.Value.AsSpan().SequenceEqual(made[e.Key]), e.Key));
        // Shards are kept only by a change in place: a whole build makes every one.
        Assert.Contains(changed, f => f.Reused && f.Path.StartsWith("search/t/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_that_fails_in_a_change_in_place_is_noted_once_settled_and_fails_the_index_at_its_turn()
    {
        var cache = new BuildCache(_temp["cache"]);
        var first = Archive(60, withNewest: false).WithCache(cache).Build();
        var lastBuild = SearchPages.Begin(first).Generate(first).ToList();
        // Markdown nested deeper than any index entry may be.
        var context = Archive(60, withNewest: false).Article("fejler", title: "Artiklen der fejler", body: new string('>', 5000) + " dybt")
            .WithCache(cache).WithPrevious(new Holding(lastBuild)).Build();

        var search = SearchPages.Begin(context);
        Assert.True(search.ChangesInPlace);
        search.Settle();

        Assert.Equal("Artiklen der fejler", Assert.Single(context.Failures.Keys).Meta.Title);
        // At its turn the index fails as the article's document did (from its parallel loop), and the
        // renderer, finding the article's failure noted, makes the render again without it.
        var thrown = Assert.Throws<AggregateException>(() => search.Generate(context).ToList());
        Assert.IsType<StaticNews.Rendering.ArticlesFailedException>(Assert.Single(thrown.InnerExceptions));
    }

    [Fact]
    public void Settling_waits_for_the_change_in_place_to_be_done()
    {
        var cache = new BuildCache(_temp["cache"]);
        var first = Archive(300, withNewest: false).WithCache(cache).Build();
        var lastBuild = SearchPages.Begin(first).Generate(first).ToList();
        var context = Archive(300, withNewest: true).WithCache(cache).WithPrevious(new Holding(lastBuild)).Build();

        var search = SearchPages.Begin(context);
        search.Settle();

        // The change is done when the store holds the index it made.
        var store = SearchIndexStore.Open(cache, new SearchIndexOptions(), SearchPages.Folder, context.Keys.Site)!;
        Assert.Equal(301, store.Load()!.Documents);
    }

    [Fact]
    public void A_first_build_leaves_the_whole_index_for_its_turn()
    {
        var context = Archive(20, withNewest: false).WithCache(new BuildCache(_temp["cache"])).Build();
        var search = SearchPages.Begin(context);
        Assert.False(search.ChangesInPlace);
        Assert.Contains(search.Generate(context), f => f.Path.StartsWith("search/manifest.", StringComparison.Ordinal));
    }

    /// <summary>A previous output holding exactly the files given, under their keys.</summary>
    private sealed class Holding(IEnumerable<OutputFile> files) : IPreviousOutput
    {
        private readonly Dictionary<string, string?> _keys = files.ToDictionary(f => f.Path, f => f.Key, StringComparer.Ordinal);

        public bool CanReuse(string path, string key) => _keys.TryGetValue(path, out var held) && held == key;
    }
}
