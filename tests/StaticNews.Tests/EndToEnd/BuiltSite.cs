using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace StaticNews.Tests.EndToEnd;

/// <summary>Reads a built output folder the way a browser would resolve it under a base path.</summary>
internal sealed class BuiltSite(string root, string basePath)
{
    private static readonly HtmlParser Parser = new();

    public string Root { get; } = root;
    public string BasePath { get; } = basePath;

    public IEnumerable<string> HtmlFiles
        => Directory.EnumerateFiles(Root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public IHtmlDocument Page(string sitePath)
        => Parser.ParseDocument(File.ReadAllText(Path.Combine(Root, sitePath.TrimStart('/'), sitePath.EndsWith(".html") ? "" : "index.html")));

    public static IHtmlDocument Parse(string file) => Parser.ParseDocument(File.ReadAllText(file));

    /// <summary>Every URL a page asks the browser to follow or fetch.</summary>
    public static IEnumerable<(string Url, string Attribute, IElement Element)> References(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll("a[href], link[href]"))
            yield return (element.GetAttribute("href")!, "href", element);
        foreach (var element in document.QuerySelectorAll("script[src], img[src], source[src], iframe[src]"))
            yield return (element.GetAttribute("src")!, "src", element);
    }

    /// <summary>
    /// The file a root-relative or same-origin URL resolves to, or null when it does not
    /// lie under the base path. Directory URLs resolve to their index.html, as Pages serves them.
    /// </summary>
    public string? Resolve(string url, string origin)
    {
        if (url.StartsWith(origin, StringComparison.Ordinal)) url = url[origin.Length..];
        var end = url.IndexOfAny(['?', '#']);
        var path = end >= 0 ? url[..end] : url;
        if (!path.StartsWith(BasePath, StringComparison.Ordinal)) return null;
        var relative = Uri.UnescapeDataString(path[BasePath.Length..]);
        var file = Path.Combine(Root, relative);
        return relative.Length == 0 || relative.EndsWith('/') ? Path.Combine(file, "index.html") : file;
    }

    public static string? Fragment(string url)
    {
        var hash = url.IndexOf('#');
        return hash >= 0 && hash + 1 < url.Length ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
    }
}
