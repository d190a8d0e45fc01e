using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticNews.Checking;

/// <summary>
/// Checks a built site as a reader's browser and a crawler would meet it: every internal link,
/// anchor, image, stylesheet and script resolves under the base path; no asset comes from
/// another host; feeds parse as Atom; sitemap.xml lists exactly the public pages; and no page
/// is an orphan that nothing links to.
/// </summary>
public sealed class SiteChecker(string outputRoot, Uri baseUrl)
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly string _root = Path.GetFullPath(outputRoot);
    private readonly string _basePath = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";
    private readonly string _origin = baseUrl.GetLeftPart(UriPartial.Authority);
    private readonly ConcurrentDictionary<string, HashSet<string>> _idsByFile = new(StringComparer.Ordinal);

    /// <summary>The base URL a StaticNews build wrote into robots.txt ("Sitemap: …/sitemap.xml"), if any.</summary>
    public static Uri? BaseUrlFromRobots(string outputRoot)
    {
        var robots = Path.Combine(outputRoot, "robots.txt");
        if (!File.Exists(robots)) return null;
        var line = File.ReadLines(robots).FirstOrDefault(l => l.StartsWith("Sitemap:", StringComparison.OrdinalIgnoreCase));
        var url = line?["Sitemap:".Length..].Trim();
        return url != null && url.EndsWith("sitemap.xml", StringComparison.Ordinal) && Uri.TryCreate(url[..^"sitemap.xml".Length], UriKind.Absolute, out var uri)
            ? uri : null;
    }

    public CheckReport Run()
    {
        var findings = new ConcurrentBag<CheckFinding>();
        var pages = Directory.EnumerateFiles(_root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var linkedPages = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var linkCount = 0;

        Parallel.ForEach(pages, page =>
        {
            var document = Parse(page);
            foreach (var (url, element) in References(document))
            {
                Interlocked.Increment(ref linkCount);
                var problem = CheckReference(url, element, page, linkedPages);
                if (problem != null) findings.Add(new CheckFinding(Relative(page), problem));
            }
        });

        foreach (var page in pages)
        {
            var isEntry = page == Path.Combine(_root, "index.html") || Path.GetFileName(page) == "404.html";
            if (!isEntry && !linkedPages.ContainsKey(page))
                findings.Add(new CheckFinding(Relative(page), "orphaned: no page links to it"));
        }

        var feeds = CheckFeeds(findings);
        var sitemapEntries = CheckSitemap(pages, findings);
        var ordered = findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Problem, StringComparer.Ordinal).ToList();
        return new CheckReport(pages.Count, linkCount, feeds, sitemapEntries, ordered);
    }

    private string? CheckReference(string url, IElement element, string page, ConcurrentDictionary<string, bool> linkedPages)
    {
        var isAsset = element.TagName is "IMG" or "SCRIPT" or "SOURCE" or "IFRAME" || (element.TagName == "LINK" && element.GetAttribute("rel") is "stylesheet" or "icon");
        if (url.StartsWith("//", StringComparison.Ordinal) || (url.Contains("://", StringComparison.Ordinal) && !url.StartsWith(_origin + "/", StringComparison.Ordinal)))
            return isAsset ? $"{element.TagName.ToLowerInvariant()} loads {url} from another host" : null;
        if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            return null;
        if (url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            return $"a javascript: URL in {element.TagName.ToLowerInvariant()}";

        string? target;
        if (url.StartsWith('#') || url.Length == 0)
        {
            target = page;
        }
        else
        {
            var absolute = url.StartsWith(_origin, StringComparison.Ordinal) ? url[_origin.Length..] : url;
            if (!absolute.StartsWith('/'))
                return $"relative link {url}: StaticNews writes root-relative links only";
            var path = absolute.Split('#', '?')[0];
            if (!path.StartsWith(_basePath, StringComparison.Ordinal))
                return $"{url} lies outside the base path {_basePath}";
            var relative = Uri.UnescapeDataString(path[_basePath.Length..]);
            target = Path.GetFullPath(Path.Combine(_root, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative));
            if (!target.StartsWith(_root, StringComparison.Ordinal)) return $"{url} climbs out of the site";
            if (!File.Exists(target)) return $"broken link: {url} (no {Relative(target)})";
        }

        if (target != page && target.EndsWith(".html", StringComparison.Ordinal)) linkedPages[target] = true;
        var hash = url.IndexOf('#');
        if (hash >= 0 && hash + 1 < url.Length && target.EndsWith(".html", StringComparison.Ordinal))
        {
            var id = Uri.UnescapeDataString(url[(hash + 1)..]);
            if (!IdsOf(target).Contains(id)) return $"broken anchor: {url} (no id '{id}' in {Relative(target)})";
        }
        return null;
    }

    private int CheckFeeds(ConcurrentBag<CheckFinding> findings)
    {
        var feeds = Directory.EnumerateFiles(_root, "feed.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var feed in feeds)
        {
            try
            {
                var root = XDocument.Load(feed).Root!;
                XNamespace atom = AtomNamespace;
                if (root.Name != atom + "feed") { findings.Add(new CheckFinding(Relative(feed), "not an Atom feed")); continue; }
                foreach (var required in new[] { "id", "title", "updated" })
                    if (root.Element(atom + required) == null) findings.Add(new CheckFinding(Relative(feed), $"feed has no <{required}>"));
                foreach (var entry in root.Elements(atom + "entry"))
                {
                    var href = entry.Elements(atom + "link").FirstOrDefault()?.Attribute("href")?.Value;
                    if (entry.Element(atom + "id") == null || entry.Element(atom + "title") == null || entry.Element(atom + "updated") == null)
                        findings.Add(new CheckFinding(Relative(feed), "an entry lacks id, title or updated"));
                    else if (href == null || ResolveAbsolute(href) is not { } file || !File.Exists(file))
                        findings.Add(new CheckFinding(Relative(feed), $"entry links to a missing page: {href}"));
                }
            }
            catch (XmlException e)
            {
                findings.Add(new CheckFinding(Relative(feed), "not well-formed XML: " + e.Message));
            }
        }
        return feeds.Count;
    }

    private int CheckSitemap(List<string> pages, ConcurrentBag<CheckFinding> findings)
    {
        var sitemap = Path.Combine(_root, "sitemap.xml");
        if (!File.Exists(sitemap))
        {
            findings.Add(new CheckFinding("sitemap.xml", "missing"));
            return 0;
        }
        XNamespace ns = SitemapNamespace;
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var root = XDocument.Load(sitemap).Root!;
        // A large archive's sitemap.xml is an index of sitemap files; read each part it names.
        var parts = root.Name == ns + "sitemapindex"
            ? root.Elements(ns + "sitemap").Select(s => (s.Element(ns + "loc")?.Value ?? "", ResolveAbsolute(s.Element(ns + "loc")?.Value ?? ""))).ToList()
            : [("sitemap.xml", sitemap)];
        foreach (var (name, file) in parts)
        {
            if (file == null || !File.Exists(file))
            {
                findings.Add(new CheckFinding("sitemap.xml", $"names a missing sitemap part: {name}"));
                continue;
            }
            foreach (var loc in XDocument.Load(file).Descendants(ns + "loc"))
            {
                var page = ResolveAbsolute(loc.Value);
                if (page == null || !File.Exists(page)) findings.Add(new CheckFinding(Relative(file), $"lists a missing page: {loc.Value}"));
                else if (!listed.Add(page)) findings.Add(new CheckFinding(Relative(file), $"lists a page twice: {loc.Value}"));
            }
        }
        foreach (var page in pages.Where(p => Path.GetFileName(p) != "404.html" && !listed.Contains(p)))
            findings.Add(new CheckFinding("sitemap.xml", $"does not list {Relative(page)}"));
        return listed.Count;
    }

    private string? ResolveAbsolute(string url)
    {
        if (!url.StartsWith(_origin + _basePath, StringComparison.Ordinal)) return null;
        var relative = Uri.UnescapeDataString(url[(_origin + _basePath).Length..].Split('#', '?')[0]);
        return Path.GetFullPath(Path.Combine(_root, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative));
    }

    private HashSet<string> IdsOf(string file)
        => _idsByFile.GetOrAdd(file, f => Parse(f).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal));

    private static IDocument Parse(string file) => new HtmlParser().ParseDocument(File.ReadAllText(file));

    private static IEnumerable<(string Url, IElement Element)> References(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("a[href], link[href], area[href]"))
            yield return (element.GetAttribute("href")!.Trim(), element);
        foreach (var element in document.QuerySelectorAll("img[src], script[src], source[src], iframe[src], video[src], audio[src]"))
            yield return (element.GetAttribute("src")!.Trim(), element);
        // A form's action is a page the reader goes to (the masthead search box → /search/).
        foreach (var element in document.QuerySelectorAll("form[action]"))
            yield return (element.GetAttribute("action")!.Trim(), element);
    }

    private string Relative(string file) => Path.GetRelativePath(_root, file).Replace('\\', '/');
}
