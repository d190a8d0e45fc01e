namespace StaticNews.Output;

/// <summary>
/// Proves a relative output path stays inside the output root before anything is written:
/// article text decides URLs, and no URL may write outside <c>output/</c>.
/// </summary>
public static class SafeOutputPath
{
    public static string Resolve(string root, string relative)
    {
        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.Contains('\0') || relative.Contains('\\'))
            throw new InvalidOperationException($"refusing to write the output path '{relative}'");
        var segments = relative.Split('/');
        if (segments.Any(s => s is "" or "." or ".."))
            throw new InvalidOperationException($"refusing to write the output path '{relative}'");

        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(fullRoot, relative));
        if (!full.StartsWith(fullRoot, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write '{relative}': it lies outside the output folder");
        return full;
    }
}
