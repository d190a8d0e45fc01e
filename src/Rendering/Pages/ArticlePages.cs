using StaticNews.Output;
using StaticNews.Rendering.Views;

namespace StaticNews.Rendering.Pages;

/// <summary>One page per article at /yyyy/MM/dd/slug/.</summary>
public sealed class ArticlePages : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(RenderContext context)
    {
        var model = context.Model;
        var pages = new OutputFile[model.Articles.Count];
        Parallel.For(0, model.Articles.Count, i =>
        {
            var article = model.Articles[i];
            var newer = model.Newer(article);
            var older = model.Older(article);
            var view = new ArticleView(
                context.Card(article),
                context.Markdown.ToHtml(article.Body),
                newer == null ? null : context.Card(newer),
                older == null ? null : context.Card(older),
                context.Cards(model.Related[article]));
            var head = context.Page(article.Meta.Title, article.Meta.Summary, article.Path, "article") with
            {
                Published = ArticleDates.Iso(article.Meta.Date),
                JsonLd = NewsArticleJsonLd.For(article, context),
            };
            var page = context.PageModel(head);
            page["article"] = view;
            pages[i] = HtmlPage.Render(context, article.Path, "article", page);
        });
        return pages;
    }
}
