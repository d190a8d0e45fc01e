namespace StaticNews.Text;

/// <summary>What <see cref="ControlCharacters.Clean"/> did on one line of a text (1-based), in words for a warning.</summary>
public sealed record CleanedLine(int Line, string Message);
