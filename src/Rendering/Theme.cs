using StaticNews.Configuration;
using StaticNews.Diagnostics;

namespace StaticNews.Rendering;

/// <summary>
/// A theme folder (layouts/*.liquid, assets/, i18n/) merged with the site's overrides: a file
/// in <c>input/layouts/</c> or <c>input/assets/</c> replaces the theme's file of the same name.
/// </summary>
public sealed class Theme
{
    public IReadOnlyDictionary<string, string> Layouts { get; }

    /// <summary>Asset path relative to assets/ ('/' separated) → the file that provides it.</summary>
    public IReadOnlyDictionary<string, string> Assets { get; }

    public string I18nFolder { get; }

    private Theme(Dictionary<string, string> layouts, Dictionary<string, string> assets, string i18n)
    {
        Layouts = layouts;
        Assets = assets;
        I18nFolder = i18n;
    }

    public static Theme Load(SitePaths paths, DiagnosticBag diagnostics)
    {
        var layoutsFolder = Path.Combine(paths.Theme, "layouts");
        if (!Directory.Exists(layoutsFolder))
            throw new DirectoryNotFoundException($"{SitePaths.Display(paths.Theme)}: not a theme (it has no layouts/ folder)");

        var layouts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (folder, root) in new[] { (layoutsFolder, paths.Theme), (paths.LayoutOverrides, paths.Input) })
            foreach (var (relative, file) in FilesUnder(folder, ".liquid", root, diagnostics))
                layouts[relative[..^".liquid".Length]] = File.ReadAllText(file);

        var assets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (folder, root) in new[] { (Path.Combine(paths.Theme, "assets"), paths.Theme), (paths.AssetOverrides, paths.Input) })
            foreach (var (relative, file) in FilesUnder(folder, "", root, diagnostics))
                assets[relative] = file;

        return new Theme(layouts, assets, Path.Combine(paths.Theme, "i18n"));
    }

    private static IEnumerable<(string Relative, string File)> FilesUnder(string folder, string extension, string root, DiagnosticBag diagnostics)
    {
        var (files, outsideLinks) = InputFileWalker.Walk(folder, extension, root);
        foreach (var link in outsideLinks)
            diagnostics.Error(SitePaths.Display(link), "is a symbolic link to a file outside its folder; not used");
        // Two arrays sorted together, not tuples ordered by LINQ: that generic code, over a tuple,
        // is not in the precompiled images, and the JIT would compile it at the start of every build.
        var found = files.ToArray();
        var relative = Array.ConvertAll(found, f => Path.GetRelativePath(folder, f).Replace('\\', '/'));
        Array.Sort(relative, found, StringComparer.Ordinal);
        for (var i = 0; i < found.Length; i++) yield return (relative[i], found[i]);
    }
}
