using StaticNews.Diagnostics;

namespace StaticNews.Configuration;

/// <summary>
/// The input folder is where a build expects it and holds what a build reads: a missing folder,
/// or one with neither seeds/ nor articles/, stops the build with what was expected where (it
/// used to build an empty site and call that a success, which CI then published). Wire texts
/// left directly in input/ are pointed to input/seeds/, where they are looked for.
/// </summary>
public static class InputFolderCheck
{
    public static void Check(SitePaths paths, DiagnosticBag diagnostics)
    {
        var input = SitePaths.Display(paths.Input);
        if (File.Exists(paths.Input))
            throw new SiteConfigException($"{input}: is a file; expected the site's input folder, holding seeds/ (wire texts, .txt) and articles/ (Markdown, .md)");
        if (!Directory.Exists(paths.Input))
            throw new SiteConfigException($"{input}: no such folder; expected the site's input folder, holding seeds/ (wire texts, .txt) and articles/ (Markdown, .md). Give its path with --input, or make a new site with: staticnews new DIR");

        var stray = Directory.EnumerateFiles(paths.Input, "*.txt").Order(StringComparer.Ordinal).ToList();
        var seeds = SitePaths.Display(paths.Seeds);
        if (!Directory.Exists(paths.Seeds) && !Directory.Exists(paths.Articles))
        {
            var hint = stray.Count == 0 ? "" : $" ({stray.Count} .txt file{(stray.Count == 1 ? " lies" : "s lie")} directly in {input}/: move {(stray.Count == 1 ? "it" : "them")} to {seeds}/)";
            throw new SiteConfigException($"{input}: holds neither seeds/ nor articles/; expected wire texts (.txt) in {seeds}/ or Markdown articles (.md) in {SitePaths.Display(paths.Articles)}/{hint}");
        }
        foreach (var file in stray)
            diagnostics.Warn(SitePaths.Display(file), $"lies directly in {input}/, where seeds are not looked for: move it to {seeds}/ to ingest it");
    }
}
