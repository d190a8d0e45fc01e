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
    public static IReadOnlyList<(ArticleFile Article, string SourceFile)> Load(string folder, string inputRoot, TimeZoneInfo zone, bool includeDrafts, DiagnosticBag diagnostics, string? cacheFolder = null)
    {
        var (files, outsideLinks) = InputFileWalker.Walk(folder, ".md", inputRoot);
        foreach (var link in outsideLinks)
            diagnostics.Error(SitePaths.Display(link), "is a symbolic link to a file outside the input folder; the article is left out");
        var cache = new FrontMatterCache(cacheFolder, zone);
        var loaded = new (ArticleFile Article, string SourceFile)?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var display = SitePaths.Display(files[i]);
            try
            {
                var bytes = File.ReadAllBytes(files[i]);
                var hash = ContentHash.Of(bytes);
                var frontMatter = cache.Find(hash);
                if (frontMatter == null)
                {
                    var text = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true).ReadToEnd();
                    frontMatter = ArticleFileFormat.Read(display, text, zone).FrontMatter;
                }
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
                diagnostics.Error(display, "cannot be read: " + e.Message + "; the article is left out");
            }
        });
        cache.Save();
        return loaded.Where(l => l.HasValue).Select(l => l!.Value).ToList();
    }
}
