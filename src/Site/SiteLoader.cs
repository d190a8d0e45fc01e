using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Diagnostics;

namespace StaticNews.Site;

/// <summary>
/// Reads every <c>input/articles/*.md</c>. A file that cannot be read is reported with its
/// line and left out; the rest of the site still builds.
/// </summary>
public static class SiteLoader
{
    public static IReadOnlyList<(ArticleFile Article, string SourceFile)> Load(string folder, string inputRoot, TimeZoneInfo zone, bool includeDrafts, DiagnosticBag diagnostics)
    {
        var (files, outsideLinks) = InputFileWalker.Walk(folder, ".md", inputRoot);
        foreach (var link in outsideLinks)
            diagnostics.Error(SitePaths.Display(link), "is a symbolic link to a file outside the input folder; the article is left out");
        var loaded = new (ArticleFile Article, string SourceFile)?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var display = SitePaths.Display(files[i]);
            try
            {
                var article = ArticleFileFormat.Read(display, File.ReadAllText(files[i]), zone);
                if (!article.FrontMatter.Draft || includeDrafts) loaded[i] = (article, files[i]);
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
        return loaded.Where(l => l.HasValue).Select(l => l!.Value).ToList();
    }
}
