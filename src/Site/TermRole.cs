namespace StaticNews.Site;

/// <summary>
/// What a tag names: a person or an organisation the article is about (front matter's
/// <c>people</c> and <c>organisations</c>), or a topic an editor gave it (<c>tags</c>). Tags share
/// one URL space (<c>/tags/&lt;slug&gt;/</c>): the role decides only how pages show them apart.
/// </summary>
public enum TermRole
{
    Topic,
    Person,
    Organisation,
}
