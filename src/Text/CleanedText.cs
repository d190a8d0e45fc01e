namespace StaticNews.Text;

/// <summary>
/// A text with every character no output format can hold taken out or replaced, and what was
/// done where: the first lines changed, each with its words, and how many more lines were changed.
/// </summary>
public sealed record CleanedText(string Text, IReadOnlyList<CleanedLine> Lines, int OtherLines)
{
    public bool Changed => Lines.Count > 0;
}
