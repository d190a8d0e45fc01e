using System.Xml.Linq;

namespace StaticNews.Tests.EndToEnd;

/// <summary>The sample site as issue #2 describes it, checked in the built HTML.</summary>
[Trait("Category", "Slow")]
public class SampleSiteTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string SeedArticleTitle = "Aserbajdsjan åbner for amnesti";

    private static string ArticlePathWithTitle(BuiltSite built, string title)
        => built.HtmlFiles.Single(f => BuiltSite.Parse(f).QuerySelector("article.article h1")?.TextContent.StartsWith(title) == true);

    [Fact]
    public void The_seed_article_page_has_its_headline_as_h1()
    {
        var file = ArticlePathWithTitle(site.AtRoot, SeedArticleTitle);
        Assert.StartsWith(SeedArticleTitle, BuiltSite.Parse(file).QuerySelector("h1")!.TextContent);
        Assert.Contains("Kilde: Ritzau", BuiltSite.Parse(file).QuerySelector(".meta")!.TextContent);
    }

    [Theory]
    [InlineData("locations/aserbajdsjan/")]
    [InlineData("locations/nagorno-karabakh/")]
    [InlineData("locations/armenien/")]
    [InlineData("tags/ilham-aliyev/")]
    [InlineData("tags/hikmet-hajiyev/")]
    public void Location_and_tag_pages_link_to_the_seed_article(string sitePath)
    {
        var page = site.AtRoot.Page(sitePath);
        var link = page.QuerySelectorAll(".card h2 a").Single(a => a.TextContent.StartsWith(SeedArticleTitle));
        var target = site.AtRoot.Resolve(link.GetAttribute("href")!, site.RootOrigin);
        Assert.True(File.Exists(target), $"{sitePath} links to a missing {target}");
    }

    [Fact]
    public void Both_spellings_of_Nagorno_Karabakh_make_one_location_page()
    {
        var locations = Directory.EnumerateDirectories(Path.Combine(site.AtRoot.Root, "locations")).Select(Path.GetFileName).ToList();
        Assert.Contains("nagorno-karabakh", locations);
        Assert.DoesNotContain("nagorno-kharabakh", locations);
    }

    [Fact]
    public void The_TV2_articles_are_dated_4_January_2010()
    {
        var archive = site.AtRoot.Page("2010/01/");
        var times = archive.QuerySelectorAll(".card time").Select(t => (t.TextContent, t.GetAttribute("datetime"))).ToList();
        Assert.Equal(2, times.Count);
        Assert.All(times, t => Assert.Equal("4. januar 2010", t.TextContent));
        Assert.All(times, t => Assert.Equal("2010-01-04", t.Item2));
        Assert.True(Directory.Exists(Path.Combine(site.AtRoot.Root, "2010", "01", "04", "seks-nye-borgmestre-paa-vej-i-arbejdstoejet")));
        // The article page keeps the time its date line gave.
        var article = site.AtRoot.Page("2010/01/04/seks-nye-borgmestre-paa-vej-i-arbejdstoejet/");
        Assert.Equal("2010-01-04T08:50:00+01:00", article.QuerySelector(".article-header time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void The_Ritzau_seed_is_dated_22_September_2023_by_the_seeds_metadata_file()
    {
        var page = BuiltSite.Parse(ArticlePathWithTitle(site.AtRoot, SeedArticleTitle));
        Assert.Equal("22. september 2023", page.QuerySelector(".article-header time")!.TextContent);
        Assert.Equal("2 text, 1 metadata", StaticNews.Site.DateSourceCounts.Of(site.RootResult.State.Model!.Articles));
    }

    [Fact]
    public void Article_pages_and_the_tag_index_show_people_and_organisations_apart()
    {
        var ritzau = BuiltSite.Parse(ArticlePathWithTitle(site.AtRoot, SeedArticleTitle));
        var headings = ritzau.QuerySelectorAll(".article-terms h2").Select(h => h.TextContent).ToList();
        Assert.Equal("Steder", headings[0]);
        Assert.Contains("Personer", headings);
        var people = ritzau.QuerySelectorAll(".article-terms h2").Single(h => h.TextContent == "Personer").NextElementSibling!;
        Assert.Contains("Ilham Aliyev", people.QuerySelectorAll("a").Select(a => a.TextContent));

        var billund = BuiltSite.Parse(ArticlePathWithTitle(site.AtRoot, "Billund havde"));
        Assert.Contains("Organisationer", billund.QuerySelectorAll(".article-terms h2").Select(h => h.TextContent));

        var index = site.AtRoot.Page("tags/");
        var sections = index.QuerySelectorAll("section[aria-labelledby^='role-'] h2").Select(h => h.FirstChild!.TextContent.Trim()).ToList();
        Assert.Equal(["Personer", "Organisationer"], sections);
        // The links keep the URLs tags always had.
        Assert.NotNull(index.QuerySelector("a[href='/tags/ilham-aliyev/']"));
        Assert.Contains("Person: Ilham Aliyev", site.AtRoot.Page("tags/ilham-aliyev/").QuerySelector("meta[name='description']")!.GetAttribute("content"));

        // The front page's sidebar too: each role under its own heading, linked to its section of the index.
        var home = site.AtRoot.Page("");
        var sidebar = home.QuerySelectorAll(".sidebar h2 a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.Equal("/tags/#role-people", sidebar["Personer"]);
        Assert.Equal("/tags/#role-organisations", sidebar["Organisationer"]);
        var homePeople = home.QuerySelector("#side-people")!.ParentElement!.QuerySelectorAll("a").Select(a => a.TextContent).ToList();
        Assert.Contains(homePeople, name => name.StartsWith("Ilham Aliyev", StringComparison.Ordinal));
        Assert.DoesNotContain(homePeople, name => name.StartsWith("KLM", StringComparison.Ordinal));
    }

    [Fact]
    public void Dash_quotes_render_as_paragraphs_not_lists()
    {
        var page = BuiltSite.Parse(ArticlePathWithTitle(site.AtRoot, SeedArticleTitle));
        var body = page.QuerySelector(".article-body")!;
        Assert.Empty(body.QuerySelectorAll("ul, ol, li"));
        var quotes = body.QuerySelectorAll("p").Where(p => p.TextContent.StartsWith("- ")).ToList();
        Assert.Equal(3, quotes.Count);
    }

    [Fact]
    public void TV2_sub_headings_render_as_headings()
    {
        var page = BuiltSite.Parse(ArticlePathWithTitle(site.AtRoot, "Billund havde"));
        var headings = page.QuerySelectorAll(".article-body h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Har mistet hver 10. passager", "Nyt selskab med \"betydeligt udbud\""], headings);
    }

    [Fact]
    public void No_ad_placeholder_text_appears_anywhere_in_the_output()
    {
        foreach (var file in Directory.EnumerateFiles(site.AtRoot.Root, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain("Artiklen fortsætter", File.ReadAllText(file));
    }

    [Fact]
    public void Article_pages_show_date_in_Danish_source_tags_locations_and_neighbours()
    {
        var page = BuiltSite.Parse(ArticlePathWithTitle(site.AtRoot, "Seks nye borgmestre"));
        Assert.Equal("4. januar 2010", page.QuerySelector(".article-header time")!.TextContent);
        var terms = page.QuerySelectorAll(".article-terms a").Select(a => a.TextContent).ToList();
        Assert.Contains("Fredericia", terms);
        Assert.Contains("Thomas Banke", terms);
        Assert.NotEmpty(page.QuerySelectorAll(".prev-next a"));
    }

    [Fact]
    public void The_home_page_lists_the_newest_article_first()
    {
        var titles = site.AtRoot.Page("").QuerySelectorAll(".stream .card h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(3, titles.Count);
        Assert.StartsWith(SeedArticleTitle, titles[0]);
    }

    [Fact]
    public void Index_pages_show_counts()
    {
        var locations = site.AtRoot.Page("locations/");
        var billund = locations.QuerySelectorAll(".term-list li").Single(li => li.QuerySelector("a")!.TextContent == "Billund");
        Assert.Contains("1 artikel", billund.TextContent);
        Assert.NotEmpty(site.AtRoot.Page("tags/").QuerySelectorAll(".term-list a"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_internal_link_and_asset_of_every_page_resolves_to_a_file(bool underProjectPath)
    {
        var built = underProjectPath ? site.UnderProjectPath : site.AtRoot;
        var origin = underProjectPath ? "https://example.github.io" : site.RootOrigin;
        var checkedCount = 0;
        foreach (var file in built.HtmlFiles)
        {
            var document = BuiltSite.Parse(file);
            foreach (var (url, _, element) in BuiltSite.References(document))
            {
                Assert.False(url.StartsWith("//") || (url.Contains("://") && !url.StartsWith(origin)),
                    $"{file}: {element.OuterHtml} points to another host");
                if (url.StartsWith('#')) continue;
                var target = built.Resolve(url, origin);
                Assert.True(target != null, $"{file}: {url} does not start with the base path {built.BasePath}");
                Assert.True(File.Exists(target), $"{file}: {url} resolves to the missing file {target}");
                if (BuiltSite.Fragment(url) is { } id && target.EndsWith(".html"))
                    Assert.NotNull(BuiltSite.Parse(target).GetElementById(id));
                checkedCount++;
            }
        }
        Assert.True(checkedCount > 100, $"only {checkedCount} links were checked");
    }

    [Fact]
    public void Under_a_project_path_feeds_and_sitemap_use_it_too()
    {
        var sitemap = XDocument.Load(Path.Combine(site.UnderProjectPath.Root, "sitemap.xml"));
        var locs = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.NotEmpty(locs);
        Assert.All(locs, loc => Assert.StartsWith(SampleSiteFixture.ProjectBaseUrl, loc));

        var feed = XDocument.Load(Path.Combine(site.UnderProjectPath.Root, "feed.xml"));
        var hrefs = feed.Descendants().Where(e => e.Name.LocalName == "link").Select(e => e.Attribute("href")!.Value).ToList();
        Assert.All(hrefs, href => Assert.StartsWith(SampleSiteFixture.ProjectBaseUrl, href));
        Assert.Contains("Sitemap: https://example.github.io/archive/sitemap.xml", File.ReadAllText(Path.Combine(site.UnderProjectPath.Root, "robots.txt")));
    }

    [Fact]
    public void The_sitemap_lists_exactly_the_public_pages()
    {
        var sitemap = XDocument.Load(Path.Combine(site.AtRoot.Root, "sitemap.xml"));
        var listed = sitemap.Descendants().Where(e => e.Name.LocalName == "loc")
            .Select(e => site.AtRoot.Resolve(e.Value, site.RootOrigin)!).Order(StringComparer.Ordinal).ToList();
        var pages = site.AtRoot.HtmlFiles.Where(f => !f.EndsWith("404.html")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pages, listed);
    }

    [Fact]
    public void Feeds_are_Atom_with_entries()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Load(Path.Combine(site.AtRoot.Root, "feed.xml"));
        Assert.Equal(atom + "feed", feed.Root!.Name);
        Assert.Equal(3, feed.Root.Elements(atom + "entry").Count());
        var locationFeed = XDocument.Load(Path.Combine(site.AtRoot.Root, "locations", "armenien", "feed.xml"));
        Assert.Single(locationFeed.Root!.Elements(atom + "entry"));
    }

    [Fact]
    public void Machine_files_exist()
    {
        foreach (var name in new[] { "404.html", "robots.txt", ".nojekyll", "sitemap.xml", "feed.xml" })
            Assert.True(File.Exists(Path.Combine(site.AtRoot.Root, name)), name);
        Assert.Contains("/archive/assets/style.css", File.ReadAllText(Path.Combine(site.UnderProjectPath.Root, "404.html")));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var first = Snapshot(site.AtRoot.Root);
        var second = Snapshot(site.SecondBuildOutput);
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, hash) in first) Assert.True(hash == second[path], $"{path} differs between two builds");
    }

    private static SortedDictionary<string, string> Snapshot(string root)
        => new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
            StringComparer.Ordinal);
}
