namespace StaticNews.Pipeline.UpToDate;

/// <summary>
/// How a stamp names a file: "label/relative/path" ("input/seeds/a.txt", "theme/layouts/base.liquid"),
/// '/'-separated whatever the system, relative to the label's folder. Only the system's separator
/// becomes '/': on Linux a backslash is part of a name.
/// </summary>
internal static class StampPath
{
    /// <summary>The stamp path of <paramref name="file"/> (a path in <paramref name="folder"/>) under <paramref name="label"/>.</summary>
    public static string Of(string label, string folder, string file)
        => label + "/" + Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The file <paramref name="stampPath"/> names in <paramref name="folder"/> (its label's folder, made full).</summary>
    // Where '/' is the separator the stamp's part past its label is joined as it stands, making one string per file, not two.
    public static string Full(string folder, string stampPath)
        => Path.DirectorySeparatorChar == '/'
            ? Path.Join(folder.AsSpan(), stampPath.AsSpan(stampPath.IndexOf('/') + 1))
            : Path.Join(folder, stampPath[(stampPath.IndexOf('/') + 1)..].Replace('/', Path.DirectorySeparatorChar));
}
