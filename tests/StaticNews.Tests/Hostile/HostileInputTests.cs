using AngleSharp.Html.Parser;
using StaticNews.Diagnostics;
using StaticNews.Pipeline;

namespace StaticNews.Tests.Hostile;

/// <summary>
/// Issue #6: every bad file is named with a reason and skipped, every good one is built, and
/// nothing is written outside output/ (or input/articles/, which ingest owns).
/// </summary>
public sealed class HostileInputTests(HostileBuildFixture build) : IClassFixture<HostileBuildFixture>
{
    private readonly TestSite _site = build.Site;
    private readonly BuildResult _result = build.Result;
    private readonly IReadOnlyList<Diagnostic> _diagnostics = build.Result.Diagnostics.All;

    private Diagnostic ErrorFor(string fileName)
        => Assert.Single(_diagnostics, d => d.Severity == Severity.Error && Path.GetFileName(d.File) == fileName);

    [Theory]
    [InlineData("empty.txt", "holds no article text")]
    [InlineData("whitespace-only.txt", "holds no article text")]
    [InlineData("png-renamed.txt", "is a PNG image, not a text file")]
    [InlineData("zip-renamed.txt", "is a ZIP archive, not a text file")]
    [InlineData("broken-yaml.md", "front matter is not valid YAML")]
    [InlineData("billion-laughs.md", "YAML anchor")]
    [InlineData("duplicate-keys.md", "Duplicate key")]
    [InlineData("impossible-date.md", "is not a valid date")]
    [InlineData("tags-as-list.md", "front matter is not valid YAML")]
    [InlineData("tags-as-map.md", "front matter is not valid YAML")]
    [InlineData("deep-blockquote.md", "nested 5000 deep")]
    [InlineData("deep-list-one-line.md", "nested 5000 deep")]
    [InlineData("deep-brackets.md", "brackets are open at once")]
    [InlineData("emphasis-runs.md", "emphasis markers are open at once")]
    public void Each_bad_file_is_named_with_a_reason(string fileName, string reason)
    {
        var error = ErrorFor(fileName);
        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
        if (fileName.EndsWith(".md")) Assert.True(error.Line >= 2, $"{error} names no line");
    }

    [Fact]
    public void The_build_reports_failure_but_publishes_every_good_article()
    {
        Assert.Null(_result.FatalError);
        Assert.False(_result.Succeeded);
        var titles = _result.State.Model!.Articles.Select(a => a.Meta.Title).ToList();
        Assert.Equal(15, titles.Count);
        Assert.Contains("Tags som tal", titles);
        Assert.Contains("Filnavne med mærkelige tegn", titles);
        Assert.Contains(titles, t => t.StartsWith("Aserbajdsjan åbner for amnesti"));
    }

    [Fact]
    public void Text_in_an_old_or_unmarked_encoding_is_read_with_a_warning()
    {
        Assert.Contains(_diagnostics, d => d.File.EndsWith("invalid-utf8.txt") && d.Severity == Severity.Warning && d.Message.Contains("Windows-1252"));
        Assert.Contains(_diagnostics, d => d.File.EndsWith("utf16-without-bom.txt") && d.Message.Contains("UTF-16LE"));
        Assert.Contains(_result.State.Model!.Articles, a => a.Meta.Title == "Nyt fra Esbjerg uden byte-order mark");
    }

    [Fact]
    public void A_seed_starting_with_dashes_is_text_not_front_matter()
    {
        var article = Assert.Single(_result.State.Model!.Articles, a => a.Body.Contains("tre bindestreger"));
        Assert.Contains("---", article.Body);
    }

    [Fact]
    public void Dangerous_tag_and_place_names_become_safe_single_pages()
    {
        var tags = Directory.EnumerateDirectories(Path.Combine(_site.Output, "tags")).Select(Path.GetFileName).ToList();
        Assert.Contains("etc-passwd", tags);
        Assert.Contains("con-0", tags);
        Assert.Contains("x", tags);
        Assert.Contains("2023", tags);
        Assert.Contains("3-14", tags);
        Assert.All(tags, t => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", t!));
        Assert.All(tags, t => Assert.True(t!.Length <= 80));

        var locations = Directory.EnumerateDirectories(Path.Combine(_site.Output, "locations")).Select(Path.GetFileName).ToList();
        Assert.Single(locations, l => l == "aarhus");
        Assert.Contains("aux-0", locations);
        Assert.DoesNotContain(locations, l => l!.Contains("aarhus") && l != "aarhus");
        var caseInsensitive = Directory.EnumerateFileSystemEntries(_site.Output, "*", SearchOption.AllDirectories)
            .GroupBy(p => p.ToLowerInvariant()).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(caseInsensitive);
    }

    [Fact]
    public void Two_articles_with_one_slug_get_two_pages()
    {
        Assert.True(File.Exists(Path.Combine(_site.Output, "2023", "03", "05", "samme", "index.html")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "2023", "03", "05", "samme-2", "index.html")));
    }

    [Fact]
    public void Nothing_is_written_outside_output_and_input_articles()
    {
        var added = build.FilesAfter.Except(build.FilesBefore)
            .Where(f => !f.StartsWith("output" + Path.DirectorySeparatorChar) && !f.StartsWith(Path.Combine("input", "articles") + Path.DirectorySeparatorChar))
            .Where(f => f != "output.lock")
            // The incremental-build cache beside output/ is the generator's own (README, "Incremental builds").
            .Where(f => !f.StartsWith(".cache" + Path.DirectorySeparatorChar))
            // So is the spare: the site one build ago, exchanged with output/ at the next commit (README, "How it works").
            .Where(f => !f.StartsWith("output.spare" + Path.DirectorySeparatorChar))
            .ToList();
        Assert.Empty(added);
    }

    [Fact]
    public void Script_in_any_field_is_escaped_in_HTML_attributes_and_feeds()
    {
        var folder = Directory.EnumerateDirectories(Path.Combine(_site.Output, "2023", "03", "06")).Single();
        var html = File.ReadAllText(Path.Combine(folder, "index.html"));
        var document = new HtmlParser().ParseDocument(html);

        // The one inline script element is the JSON-LD data block (never executed); the title inside
        // it is escaped JSON, so it cannot close the element (PageMetadataTests checks it in full).
        Assert.Empty(document.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        var jsonLd = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']")).TextContent;
        Assert.DoesNotContain("<", jsonLd);
        using (var parsed = System.Text.Json.JsonDocument.Parse(jsonLd))
            Assert.StartsWith("<img src=x onerror=alert(1)>", parsed.RootElement.GetProperty("headline").GetString());
        Assert.All(document.QuerySelectorAll("script[src]"), s => Assert.StartsWith("/assets/", s.GetAttribute("src")));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on"));
        Assert.Empty(document.QuerySelectorAll(".article-body img, .article-body svg, a[href^='javascript' i]"));
        Assert.StartsWith("<img src=x onerror=alert(1)>", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("{{ site.title }}", document.QuerySelector(".article-body")!.TextContent);
        Assert.Contains("{% for x in (1..3) %}gentag{% endfor %}", document.QuerySelector(".article-body")!.TextContent);

        var feed = System.Xml.Linq.XDocument.Load(Path.Combine(_site.Output, "locations", "vejle", "feed.xml"));
        Assert.Contains(feed.Descendants(), e => e.Name.LocalName == "title" && e.Value.StartsWith("<img src=x onerror=alert(1)>"));
    }

    [Theory]
    [InlineData("terminal-colours.txt", 3, "U+001B (2×)")]
    [InlineData("terminal-colours.txt", 5, "U+000B made a space")]
    [InlineData("c1-residue.txt", 3, "U+0096 read as Windows-1252 “–” (2×)")]
    [InlineData("control-characters.md", 2, "U+001B")]
    [InlineData("control-characters.md", 9, "U+0007")]
    public void Control_characters_are_named_by_file_and_line(string fileName, int line, string what)
    {
        var warning = Assert.Single(_diagnostics, d => Path.GetFileName(d.File) == fileName && d.Line == line && d.Message.Contains("no web page or feed can hold"));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains(what, warning.Message);
    }

    [Fact]
    public void Control_characters_are_cleaned_from_seeds_and_hand_written_articles_alike()
    {
        var articles = _result.State.Model!.Articles;
        var colours = Assert.Single(articles, a => a.Meta.Title == "Havnen i Frederikshavn udvides");
        // The body is Markdown: ingest escaped the brackets the escape sequences left.
        Assert.Contains("[1mFrederikshavn Havn[0m får 40 hektar", colours.Body.Replace("\\", ""));
        Assert.Contains("2027. Den koster", colours.Body);
        var residue = Assert.Single(articles, a => a.Meta.Title.StartsWith("Vejdirektoratet"));
        Assert.Contains("weekenden – fra fredag", residue.Body);
        Assert.Contains("“Vi beklager ulejligheden”", residue.Body);
        var written = Assert.Single(articles, a => a.Meta.Title.StartsWith("Kontroltegn"));
        Assert.Equal("Kontroltegn i overskriften[31m", written.Meta.Title);
        Assert.Equal("Et resume med et escape-tegn  og en klokke", written.Meta.Summary);
        Assert.Contains(_diagnostics, d => d.File.EndsWith("control-characters.md") && d.Line == 2 && d.Message.Contains("front matter summary"));
    }

    [Fact]
    public void No_output_file_holds_a_character_HTML_XML_or_JSON_cannot_hold()
    {
        var strict = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories).Where(f => Path.GetExtension(f) is ".html" or ".xml" or ".json" or ".txt"))
        {
            var text = strict.GetString(File.ReadAllBytes(file));
            var bad = text.Where(c => c < ' ' && c is not ('\t' or '\n' or '\r') || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF').ToList();
            Assert.True(bad.Count == 0, $"{file} holds U+{(bad.Count > 0 ? (int)bad[0] : 0):X4}");
        }
    }

    [Fact]
    public void Every_feed_and_sitemap_is_well_formed_XML_and_names_no_article_that_was_left_out()
    {
        var xmlFiles = Directory.EnumerateFiles(_site.Output, "*.xml", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(xmlFiles);
        foreach (var file in xmlFiles)
        {
            var xml = System.Xml.Linq.XDocument.Load(file).ToString();
            Assert.DoesNotContain("Dybe citater", xml);
            Assert.DoesNotContain("Dybe klammer", xml);
        }
        Assert.Contains(xmlFiles, f => File.ReadAllText(f).Contains("Havnen i Frederikshavn udvides"));
    }

    [Fact]
    public void An_article_over_its_Markdown_budget_is_refused_fast_and_is_on_no_page()
    {
        var load = _result.Timings.Single(t => t.Stage == "load").Time;
        Assert.True(load < TimeSpan.FromSeconds(30), $"load took {load}");
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("Dyb liste på en linje", text);
            Assert.DoesNotContain("Fremhævninger uden ende", text);
        }
    }
}

/// <summary>The hostile site, built once for all of <see cref="HostileInputTests"/>.</summary>
public sealed class HostileBuildFixture : IDisposable
{
    internal TestSite Site { get; } = HostileSite.Create();
    public BuildResult Result { get; }
    public HashSet<string> FilesBefore { get; }
    public HashSet<string> FilesAfter { get; }

    public HostileBuildFixture()
    {
        FilesBefore = Snapshot();
        Result = Site.Build();
        FilesAfter = Snapshot();
    }

    private HashSet<string> Snapshot()
        => Directory.EnumerateFiles(Site.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site.Root, f)).ToHashSet(StringComparer.Ordinal);

    public void Dispose() => Site.Dispose();
}
