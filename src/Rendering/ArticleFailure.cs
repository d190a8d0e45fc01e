using StaticNews.Content;
using StaticNews.Text;

namespace StaticNews.Rendering;

/// <summary>
/// Why one article could not be rendered, in the words of a diagnostic: its file, the line when
/// one is known, and the reason. Made from whatever the article's page, JSON-LD or search entry threw.
/// </summary>
public sealed record ArticleFailure(string SourceFile, int? Line, string Reason, bool FromTheme = false)
{
    public static ArticleFailure Of(string sourceFile, Exception e) => e switch
    {
        ContentException content => new(sourceFile, content.Line, content.Reason),
        MarkdownBudgetException budget => new(sourceFile, null, $"{budget.Reason} (line {budget.Line} of the body)"),
        TemplateException template => new(sourceFile, null, "the theme could not show it: " + template.Message, FromTheme: true),
        IOException or UnauthorizedAccessException => new(sourceFile, null, "cannot be read: " + e.Message),
        _ => new(sourceFile, null, "could not be rendered: " + e.Message),
    };
}
