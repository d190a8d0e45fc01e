namespace StaticNews.Ingest;

/// <summary>
/// How <see cref="Directory.EnumerateFiles(string, string)"/> compares a search pattern with file
/// names (MatchCasing.PlatformDefault): case-sensitively on Linux, ignoring case on Windows and
/// Apple systems. Code that lists a folder once and sorts the names itself compares the same way,
/// so it sees exactly the files the patterns would have found.
/// </summary>
internal static class FileNames
{
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() || OperatingSystem.IsIOS() || OperatingSystem.IsTvOS() || OperatingSystem.IsWatchOS()
            ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal;
}
