using StaticNews.Output;
using StaticNews.Rendering.Views;
using StaticNews.Site;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// One page per article at /yyyy/MM/dd/slug/, keyed before its view is built: an unchanged
/// page is recognised before its Markdown is read or parsed.
/// </summary>
public sealed class ArticlePages : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(RenderContext context)
        => ParallelChunks.Select(context.Model.Articles, article => context.ForArticle(article, () => Page(context, article))).OfType<OutputFile>();

    private static OutputFile Page(RenderContext context, Article article)
    {
        var model = context.Model;
        var newer = model.Newer(article);
        var older = model.Older(article);
        // The file's hash stands for the body and the JSON-LD (both follow from the file, its URL
        // and its terms, in its digest), so an unchanged page is known before its Markdown is read.
        var key = context.Key("article").Add(article.Hash).Add(article).Add(newer).Add(older).Add(model.Related[article]).Finish();
        var path = article.Path + "index.html";
        return HtmlPage.Kept(context, path, key) ?? HtmlPage.Rendered(context, path, "article", Model(context, article, newer, older), key);
    }

    private static Dictionary<string, object?> Model(RenderContext context, Article article, Article? newer, Article? older)
    {
        var model = context.Model;
        var page = context.PageModel(context.Page(article.Meta.Title, article.Meta.Summary, article.Path, "article") with
        {
            Published = ArticleDates.Iso(article.Meta.Date),
            JsonLd = NewsArticleJsonLd.For(article, context),
        });
        page["article"] = new ArticleView(
            context.Card(article),
            context.Markdown.ToHtml(article.ReadBody()),
            newer == null ? null : context.Card(newer),
            older == null ? null : context.Card(older),
            context.Cards(model.Related[article]));
        return page;
    }
}
