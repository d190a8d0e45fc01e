namespace StaticNews.Configuration;

/// <summary>
/// Lists the files of an input folder without following a symbolic link out of it: a link
/// inside input/ that points elsewhere (to /etc, to another checkout) is reported and skipped,
/// so a site can never publish a file that does not belong to it.
/// </summary>
public static class InputFileWalker
{
    /// <summary>Files matching <paramref name="extension"/> (e.g. ".md", or "" for all) under folder, in ordinal order.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> OutsideLinks) Walk(string folder, string extension, string allowedRoot)
    {
        var files = new List<string>();
        var outside = new List<string>();
        if (!Directory.Exists(folder)) return (files, outside);
        var root = Path.GetFullPath(allowedRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Visit(new DirectoryInfo(folder), extension, root, files, outside, seen);
        files.Sort(StringComparer.Ordinal);
        outside.Sort(StringComparer.Ordinal);
        return (files, outside);
    }

    private static void Visit(DirectoryInfo directory, string extension, string root, List<string> files, List<string> outside, HashSet<string> seen)
    {
        if (!seen.Add(directory.FullName)) return;
        foreach (var entry in directory.EnumerateFileSystemInfos())
        {
            var target = entry;
            if (entry.LinkTarget != null)
            {
                target = entry.ResolveLinkTarget(returnFinalTarget: true) ?? entry;
                if (!target.Exists || !(target.FullName + (target is DirectoryInfo ? Path.DirectorySeparatorChar : "")).StartsWith(root, StringComparison.Ordinal))
                {
                    outside.Add(entry.FullName);
                    continue;
                }
            }
            if (target is DirectoryInfo subdirectory)
                Visit(subdirectory, extension, root, files, outside, seen);
            else if (extension.Length == 0 || entry.Name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                files.Add(entry.FullName);
        }
    }
}
