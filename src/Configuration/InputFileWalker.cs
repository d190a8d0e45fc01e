using System.IO.Enumeration;

namespace StaticNews.Configuration;

/// <summary>
/// Lists the files of an input folder without following a symbolic link out of it: a link
/// inside input/ that points elsewhere (to /etc, to another checkout) is reported and skipped,
/// so a site can never publish a file that does not belong to it. A folder named like an input
/// file (<c>x.txt</c>) and a name that is not valid UTF-8 (which .NET cannot open by name: it
/// decodes the bad bytes to U+FFFD) are listed as refused, with the reason, and not walked.
/// </summary>
public static class InputFileWalker
{
    // Hidden files are listed (AttributesToSkip = 0) and an unreadable folder is an error, as the
    // walk over FileSystemInfo objects this replaced did.
    private static readonly EnumerationOptions Everything = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    // Links are skipped by the type the folder listing gives each entry, without a stat call.
    private static readonly EnumerationOptions NoLinks = new() { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };

    /// <summary>Files matching <paramref name="extension"/> (e.g. ".md", or "" for all) under folder, in ordinal order.</summary>
    public static InputListing Walk(string folder, string extension, string allowedRoot)
    {
        var files = new List<string>();
        var outside = new List<string>();
        var refused = new List<(string, string)>();
        if (!Directory.Exists(folder)) return new InputListing(files, outside, refused);
        var root = Path.GetFullPath(allowedRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Visit(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar), extension, root, files, outside, refused, seen);
        files.Sort(StringComparer.Ordinal);
        outside.Sort(StringComparer.Ordinal);
        for (var i = files.Count - 1; i >= 0; i--)
        {
            if (Refusal(files[i], isDirectory: false, extension) is not { } reason) continue;
            refused.Add((files[i], reason));
            files.RemoveAt(i);
        }
        refused.Sort((a, b) => StringComparer.Ordinal.Compare(a.Item1, b.Item1));
        return new InputListing(files, outside, refused);
    }

    /// <summary>Why an entry that looks like input cannot be read as such, or null when it can.</summary>
    private static string? Refusal(string path, bool isDirectory, string extension)
    {
        // U+FFFD is what the bad bytes of a name decode to; a name that really holds the character exists under it.
        if (path.Contains('\uFFFD') && !Path.Exists(path))
            return "has a name that is not valid UTF-8 (the bad bytes are shown as \uFFFD) and cannot be opened by it; rename it";
        if (isDirectory && extension.Length > 0 && Wanted(path, extension))
            return $"is a folder, not a {extension} file; skipped";
        return null;
    }

    /// <summary>
    /// One folder: its plain entries come from a listing that needs no system call per entry
    /// (an archive's input/articles holds 10,000 files, walked on every build); links, rare,
    /// are found by counting all entries against the plain ones, and only then looked at one by one.
    /// </summary>
    private static void Visit(string directory, string extension, string root, List<string> files, List<string> outside, List<(string, string)> refused, HashSet<string> seen)
    {
        if (!seen.Add(directory)) return;
        // Entries of a class and a count of strings: the framework's image holds the enumerator's
        // code for reference types, not for a tuple or a bool, which every build would compile.
        var plain = new FileSystemEnumerable<Entry>(directory, (ref FileSystemEntry entry) => new Entry(entry.ToFullPath(), entry.IsDirectory), NoLinks).ToList();
        var all = new FileSystemEnumerable<string>(directory, (ref FileSystemEntry _) => "", Everything).Count();
        foreach (var (path, isDirectory) in plain)
        {
            if (isDirectory && Refusal(path, isDirectory, extension) is { } reason) refused.Add((path, reason));
            else if (isDirectory) Visit(path, extension, root, files, outside, refused, seen);
            else if (Wanted(path, extension)) files.Add(path);
        }
        if (all != plain.Count) VisitLinks(directory, plain.Select(p => p.Path), extension, root, files, outside, refused, seen);
    }

    private sealed record Entry(string Path, bool IsDirectory);

    private static void VisitLinks(string directory, IEnumerable<string> plain, string extension, string root, List<string> files, List<string> outside, List<(string, string)> refused, HashSet<string> seen)
    {
        var notLinks = new HashSet<string>(plain, StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", Everything))
        {
            if (notLinks.Contains(entry.FullName) || entry.LinkTarget == null) continue;
            var target = entry.ResolveLinkTarget(returnFinalTarget: true) ?? entry;
            if (!target.Exists || !(target.FullName + (target is DirectoryInfo ? Path.DirectorySeparatorChar : "")).StartsWith(root, StringComparison.Ordinal))
                outside.Add(entry.FullName);
            else if (target is DirectoryInfo)
                Visit(target.FullName.TrimEnd(Path.DirectorySeparatorChar), extension, root, files, outside, refused, seen);
            else if (Wanted(entry.Name, extension))
                files.Add(entry.FullName);
        }
    }

    private static bool Wanted(string path, string extension) => extension.Length == 0 || path.EndsWith(extension, StringComparison.OrdinalIgnoreCase);
}
