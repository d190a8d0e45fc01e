using StaticNews.Configuration;
using StaticNews.Pipeline;

namespace StaticNews.Tests;

/// <summary>
/// Builds a site folder (input/ beside output/) in-process with the repository's theme and a
/// fixed clock, and takes snapshots of folders, so that two builds' outputs compare file by file.
/// </summary>
internal static class SiteBuild
{
    public static readonly Func<DateTimeOffset> Clock = () => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static BuildResult Run(string site)
    {
        var options = new BuildOptions(SitePaths.Resolve(Path.Combine(site, "input"), Path.Combine(site, "output"), RepoPaths.Theme));
        return BuildPipeline.For(options, Clock).Run(options);
    }

    /// <summary>Every file under <paramref name="folder"/> by its relative path ('/'), with the hash of its bytes.</summary>
    public static SortedDictionary<string, string> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = StaticNews.Text.ContentHash.Of(File.ReadAllBytes(file));
        return files;
    }
}
