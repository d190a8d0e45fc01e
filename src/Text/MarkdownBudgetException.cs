namespace StaticNews.Text;

/// <summary>A Markdown text over its <see cref="MarkdownBudget"/>: the 1-based line of the text where it went over, and why.</summary>
public sealed class MarkdownBudgetException(int line, string reason) : Exception(reason)
{
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
