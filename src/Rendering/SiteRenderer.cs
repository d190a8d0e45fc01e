using StaticNews.Output;
using StaticNews.Rendering.Pages;
using StaticNews.Rendering.Views;
using StaticNews.Site;

namespace StaticNews.Rendering;

/// <summary>Runs every page generator over the site model and adds the sitemap of what they made.</summary>
public sealed class SiteRenderer(Theme theme, LocalizedStrings strings)
{
    private static readonly Type[] ViewTypes =
    [
        typeof(SiteView), typeof(PageView), typeof(LinkView), typeof(ArticleCardView), typeof(ArticleView),
        typeof(PagerView), typeof(ArchiveYearView), typeof(ArchiveMonthView), typeof(TermGroupView), typeof(SearchPageView),
    ];

    public IReadOnlyList<OutputFile> Render(SiteModel model)
    {
        var context = new RenderContext(model, theme, strings, new TemplateEngine(theme, ViewTypes));
        IPageGenerator[] generators =
        [
            new HomePages(), new ArticlePages(),
            new TermPages(TermKind.Tags), new TermPages(TermKind.Locations),
            new TermIndexPages(TermKind.Tags), new TermIndexPages(TermKind.Locations),
            new ArchivePages(), new NotFoundPage(), new SiteFeed(), new MachineFiles(), new ThemeAssets(theme), new SearchPages(theme),
        ];
        var files = generators.SelectMany(g => g.Generate(context)).ToList();
        files.AddRange(Sitemap.Write(context, files.Select(f => f.Path), Math.Clamp(model.Config.SitemapMaxUrls, 1, Sitemap.MaxUrlsPerFile)));

        var duplicate = files.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate != null)
            throw new InvalidOperationException($"two pages want the same output path '{duplicate.Key}'");
        return files;
    }
}
