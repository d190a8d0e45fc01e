using System.Xml.Linq;
using StaticNews.Diagnostics;
using StaticNews.Pipeline;
using StaticNews.Pipeline.Stages;

namespace StaticNews.Tests.Pipeline.Stages;

/// <summary>
/// The error boundary around each article in render: an article whose own rendering throws is
/// named with its file, left out of every page, list, feed, sitemap and search index, and the
/// rest of the site is built. Load refuses what it can foresee; what it cannot (here, a file
/// rewritten between load and render, as an editor saving during a build does) meets the boundary.
/// </summary>
public class RenderStageTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private void Article(string name, string title, string date, string body)
        => File.WriteAllText(Path.Combine(_site.Articles, name), $"---\ntitle: {title}\ndate: {date}\ntags: [fælles]\nlocations: [Vejle]\n---\n\n{body}\n");

    /// <summary>Rewrites a file after load has read it.</summary>
    private sealed class RewriteStage(string file, string text) : IBuildStage
    {
        public string Name => "rewrite";

        public BuildState Run(BuildState state)
        {
            File.WriteAllText(file, text);
            return state;
        }
    }

    private BuildResult BuildRewriting(string file, string text)
    {
        var options = new BuildOptions(_site.Paths);
        IBuildStage[] stages = [new ConfigureStage(), new ThemeStage(), new LoadStage(SiteBuild.Clock), new RewriteStage(file, text), new RenderStage(), new WriteStage()];
        return new BuildPipeline(stages).Run(options);
    }

    [Fact]
    public void An_article_that_fails_in_render_is_named_and_on_no_page_feed_sitemap_or_index()
    {
        Article("a-god.md", "Første gode artikel", "2024-01-01T10:00:00+01:00", "Byrådet mødtes.");
        Article("b-god.md", "Anden gode artikel", "2024-01-02T10:00:00+01:00", "Byrådet mødtes igen.");
        Article("c-ond.md", "Artiklen der fejler", "2024-01-03T10:00:00+01:00", "Helt almindelig tekst ved load.");
        var bad = Path.Combine(_site.Articles, "c-ond.md");
        var hostile = File.ReadAllText(bad).Replace("Helt almindelig tekst ved load.", new string('>', 5000) + " dybt");

        var result = BuildRewriting(bad, hostile);

        Assert.Null(result.FatalError);
        var error = Assert.Single(result.Diagnostics.All, d => d.Severity == Severity.Error);
        Assert.EndsWith("c-ond.md", error.File);
        Assert.Contains("nested 5000 deep", error.Message);
        Assert.Contains("left out", error.Message);
        Assert.Equal(["Anden gode artikel", "Første gode artikel"], result.State.Model!.Articles.Select(a => a.Meta.Title));

        var files = Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith(Path.Combine("search", "index.html")));
        Assert.Contains(files, f => f.EndsWith("sitemap.xml"));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("Artiklen der fejler", text);
            Assert.DoesNotContain("artiklen-der-fejler", text);
            Assert.DoesNotContain("c-ond", text);
        }
        foreach (var file in files.Where(f => f.EndsWith(".xml"))) XDocument.Load(file);
        Assert.Contains("Første gode artikel", File.ReadAllText(Path.Combine(_site.Output, "feed.xml")));
    }

    [Fact]
    public void Every_article_failing_still_builds_the_rest_of_the_site()
    {
        Article("eneste.md", "Den eneste artikel", "2024-01-01T10:00:00+01:00", "Tekst.");
        var file = Path.Combine(_site.Articles, "eneste.md");
        var result = BuildRewriting(file, File.ReadAllText(file).Replace("Tekst.", string.Concat(Enumerable.Repeat("[", 100))));

        Assert.Null(result.FatalError);
        Assert.Contains(result.Diagnostics.All, d => d.Severity == Severity.Error && d.File.EndsWith("eneste.md") && d.Message.Contains("brackets"));
        Assert.Empty(result.State.Model!.Articles);
        Assert.True(File.Exists(Path.Combine(_site.Output, "index.html")));
    }
}
