using StaticNews.Caching;

namespace StaticNews.Configuration;

/// <summary>Where a site's files are: the input folder and what lies in it, the theme, the output.</summary>
public sealed record SitePaths(string Input, string Output, string Theme)
{
    public string Seeds => Path.Combine(Input, "seeds");
    public string Articles => Path.Combine(Input, "articles");
    public string SiteFile => Path.Combine(Input, "site.yml");
    public string SitePlaces => Path.Combine(Input, "places.yml");

    /// <summary>Theme overrides: a file here replaces the theme's file of the same name.</summary>
    public string LayoutOverrides => Path.Combine(Input, "layouts");
    public string AssetOverrides => Path.Combine(Input, "assets");

    /// <summary>
    /// The incremental-build cache: <c>.cache/&lt;output name&gt;/</c> beside the output folder,
    /// where CI can keep it between runs (git-ignored). Deleting it only makes the next build a full one.
    /// </summary>
    public BuildCache Cache
    {
        get
        {
            var output = Output.TrimEnd(Path.DirectorySeparatorChar);
            return new BuildCache(Path.Combine(Path.GetDirectoryName(output) ?? ".", ".cache", Path.GetFileName(output)));
        }
    }

    public static SitePaths Resolve(string input, string output, string theme)
        => new(Path.GetFullPath(input), Path.GetFullPath(output), Path.GetFullPath(theme));

    /// <summary>A path as shown to people: relative to the working folder when inside it.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }
}
