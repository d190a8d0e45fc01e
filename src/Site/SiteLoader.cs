using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Diagnostics;
using StaticNews.Text;

namespace StaticNews.Site;

/// <summary>
/// Reads every <c>input/articles/*.md</c>. A file that cannot be read is reported with its
/// line and left out; the rest of the site still builds. Only front matter is kept: bodies are
/// read again when rendered. With a cache folder, a file whose content hash is known skips YAML.
/// </summary>
public static class SiteLoader
{
    public static IReadOnlyList<(ArticleFile Article, string SourceFile)> Load(string folder, string inputRoot, TimeZoneInfo zone, bool includeDrafts, DiagnosticBag diagnostics, string? cacheFolder = null,
        Func<string, string?>? knownHash = null)
    {
        var listing = InputFileWalker.Walk(folder, ".md", inputRoot);
        var files = listing.Files;
        foreach (var link in listing.OutsideLinks)
            diagnostics.Error(SitePaths.Display(link), "is a symbolic link to a file outside the input folder; the article is left out");
        foreach (var (path, reason) in listing.Refused)
            diagnostics.Error(SitePaths.Display(path), reason);
        var cache = new FrontMatterCache(cacheFolder, zone);
        var loaded = new (ArticleFile Article, string SourceFile)?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            // A file's name for messages asks the system for the working folder: worked out only
            // for a file that is read, not for the thousands the cache answers for.
            string Display() => SitePaths.Display(files[i]);
            try
            {
                // A file the check hashed and nobody changed since is not even read.
                var known = knownHash?.Invoke(files[i]);
                var (hash, frontMatter) = known != null && cache.Find(known) is { } cached ? (known, cached) : Read(files[i], Display(), zone, cache);
                cache.Remember(hash, frontMatter);
                if (!frontMatter.Draft || includeDrafts)
                    loaded[i] = (new ArticleFile(frontMatter, "") { BodyDeferred = true, Hash = hash }, files[i]);
            }
            catch (ContentException e)
            {
                diagnostics.Error(e.File, e.Reason + "; the article is left out", e.Line);
            }
            catch (IOException e)
            {
                diagnostics.Error(Display(), "cannot be read: " + e.Message + "; the article is left out");
            }
        });
        cache.Save();
        return loaded.Where(l => l.HasValue).Select(l => l!.Value).ToList();
    }

    private static (string Hash, FrontMatter FrontMatter) Read(string file, string display, TimeZoneInfo zone, FrontMatterCache cache)
    {
        var bytes = RegularFile.ReadAllBytes(file);
        var hash = ContentHash.Of(bytes);
        if (cache.Find(hash) is { } cached) return (hash, cached);
        var text = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true).ReadToEnd();
        return (hash, ArticleFileFormat.Read(display, text, zone).FrontMatter);
    }
}
