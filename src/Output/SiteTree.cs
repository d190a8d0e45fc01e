namespace StaticNews.Output;

/// <summary>
/// Whole-tree operations on a site folder, a top-level folder per core: a site is tens of
/// thousands of files in as many folders, and each costs a system call or two.
/// No file is ever opened for writing here: trees made from output/ share its inodes.
/// </summary>
internal static class SiteTree
{
    /// <summary>
    /// Makes <paramref name="target"/> (which must not hold any of the paths) a whole site: the
    /// paths in <paramref name="pending"/> are moved in from <paramref name="pendingFolder"/>, every
    /// other path is hard-linked from <paramref name="source"/>, which holds its bytes.
    /// </summary>
    public static void Assemble(string target, IEnumerable<string> paths, IReadOnlySet<string> pending, string pendingFolder, string source)
        => Parallel.ForEach(ByTopFolder(paths), group =>
        {
            var made = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in group)
            {
                var destination = SafeOutputPath.Resolve(target, path);
                var folder = Path.GetDirectoryName(destination)!;
                if (made.Add(folder)) Directory.CreateDirectory(folder);
                if (pending.Contains(path)) FileRename.Replace(SafeOutputPath.Resolve(pendingFolder, path), destination);
                else HardLink.CreateOrCopy(SafeOutputPath.Resolve(source, path), destination);
            }
        });

    public static void DeleteIfExists(string folder)
    {
        if (!Directory.Exists(folder)) return;
        Parallel.ForEach(Directory.EnumerateDirectories(folder), sub => Directory.Delete(sub, recursive: true));
        Directory.Delete(folder, recursive: true);
    }

    private static IEnumerable<IGrouping<string, string>> ByTopFolder(IEnumerable<string> paths)
        => paths.GroupBy(p => p.IndexOf('/') is > 0 and var slash ? p[..slash] : "", StringComparer.Ordinal).ToList();
}
