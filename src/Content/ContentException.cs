namespace StaticNews.Content;

/// <summary>An article file that cannot be used; the message names the file and line and says why.</summary>
public sealed class ContentException(string file, int line, string reason) : Exception($"{file}:{line}: {reason}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
