using System.IO.Enumeration;

namespace StaticNews.Configuration;

/// <summary>
/// Lists the files of an input folder without following a symbolic link out of it: a link
/// inside input/ that points elsewhere (to /etc, to another checkout) is reported and skipped,
/// so a site can never publish a file that does not belong to it.
/// </summary>
public static class InputFileWalker
{
    // Hidden files are listed (AttributesToSkip = 0) and an unreadable folder is an error, as the
    // walk over FileSystemInfo objects this replaced did.
    private static readonly EnumerationOptions Everything = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    // Links are skipped by the type the folder listing gives each entry, without a stat call.
    private static readonly EnumerationOptions NoLinks = new() { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };

    /// <summary>Files matching <paramref name="extension"/> (e.g. ".md", or "" for all) under folder, in ordinal order.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> OutsideLinks) Walk(string folder, string extension, string allowedRoot)
    {
        var files = new List<string>();
        var outside = new List<string>();
        if (!Directory.Exists(folder)) return (files, outside);
        var root = Path.GetFullPath(allowedRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Visit(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar), extension, root, files, outside, seen);
        files.Sort(StringComparer.Ordinal);
        outside.Sort(StringComparer.Ordinal);
        return (files, outside);
    }

    /// <summary>
    /// One folder: its plain entries come from a listing that needs no system call per entry
    /// (an archive's input/articles holds 10,000 files, walked on every build); links, rare,
    /// are found by counting all entries against the plain ones, and only then looked at one by one.
    /// </summary>
    private static void Visit(string directory, string extension, string root, List<string> files, List<string> outside, HashSet<string> seen)
    {
        if (!seen.Add(directory)) return;
        var plain = new FileSystemEnumerable<(string Path, bool IsDirectory)>(directory, (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory), NoLinks).ToList();
        var all = new FileSystemEnumerable<bool>(directory, (ref FileSystemEntry _) => true, Everything).Count();
        foreach (var (path, isDirectory) in plain)
        {
            if (isDirectory) Visit(path, extension, root, files, outside, seen);
            else if (Wanted(path, extension)) files.Add(path);
        }
        if (all != plain.Count) VisitLinks(directory, plain.Select(p => p.Path), extension, root, files, outside, seen);
    }

    private static void VisitLinks(string directory, IEnumerable<string> plain, string extension, string root, List<string> files, List<string> outside, HashSet<string> seen)
    {
        var notLinks = new HashSet<string>(plain, StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", Everything))
        {
            if (notLinks.Contains(entry.FullName) || entry.LinkTarget == null) continue;
            var target = entry.ResolveLinkTarget(returnFinalTarget: true) ?? entry;
            if (!target.Exists || !(target.FullName + (target is DirectoryInfo ? Path.DirectorySeparatorChar : "")).StartsWith(root, StringComparison.Ordinal))
                outside.Add(entry.FullName);
            else if (target is DirectoryInfo)
                Visit(target.FullName.TrimEnd(Path.DirectorySeparatorChar), extension, root, files, outside, seen);
            else if (Wanted(entry.Name, extension))
                files.Add(entry.FullName);
        }
    }

    private static bool Wanted(string path, string extension) => extension.Length == 0 || path.EndsWith(extension, StringComparison.OrdinalIgnoreCase);
}
