namespace StaticNews.Content;

/// <summary>An article as stored in <c>input/articles/*.md</c>: front matter and a Markdown body.</summary>
public sealed record ArticleFile(FrontMatter FrontMatter, string Body);
