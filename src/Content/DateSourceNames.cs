namespace StaticNews.Content;

/// <summary>The front-matter spelling of a <see cref="DateSource"/> (<c>text</c>, <c>file_name</c>, …).</summary>
public static class DateSourceNames
{
    private static readonly string[] Names = ["text", "file_name", "metadata", "git", "file_time"];

    public static string Name(this DateSource source) => Names[(int)source];

    public static bool IsGuess(this DateSource source) => source is DateSource.Git or DateSource.FileTime;

    public static bool TryParse(string? name, out DateSource source)
    {
        var index = Array.IndexOf(Names, name?.Trim());
        source = index < 0 ? default : (DateSource)index;
        return index >= 0;
    }

    /// <summary>The names as a list for messages: "text, file_name, metadata, git or file_time".</summary>
    public static string Expected => string.Join(", ", Names[..^1]) + " or " + Names[^1];
}
