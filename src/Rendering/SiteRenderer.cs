using StaticNews.Caching;
using StaticNews.Output;
using StaticNews.Rendering.Pages;
using StaticNews.Rendering.Views;
using StaticNews.Site;

namespace StaticNews.Rendering;

/// <summary>
/// Runs every page generator over the site model and adds the sitemap of what they made. Files
/// go to the sink as they are made, so a large site is never held in memory whole. When one
/// article's own work throws, the render stops with <see cref="ArticlesFailedException"/> once
/// the generator that met it is done (so every failure it meets is named at once).
/// </summary>
public sealed class SiteRenderer(Theme theme, LocalizedStrings strings, TemplateEngine templates)
{
    public SiteRenderer(Theme theme, LocalizedStrings strings)
        : this(theme, strings, TemplatesFor(theme))
    {
    }

    /// <summary>The asset URLs and page-key fingerprint for the site being rendered, when made beforehand (<see cref="RenderSetup"/>); null: made at the head of each render.</summary>
    public ThemeKeys? Keys { get; init; }

    /// <summary>The theme's layouts parsed, with every view type the generators give them registered.</summary>
    public static TemplateEngine TemplatesFor(Theme theme) => new(theme, ViewTypes);

    private static readonly Type[] ViewTypes =
    [
        typeof(SiteView), typeof(PageView), typeof(LinkView), typeof(TermLinkView), typeof(ArticleCardView), typeof(ArticleView),
        typeof(PagerView), typeof(ArchiveYearView), typeof(ArchiveMonthView), typeof(TermGroupView), typeof(SearchPageView), typeof(SearchWithinView),
        typeof(TermRoleView),
    ];

    /// <summary>Renders the whole site into a list (for tests and small sites).</summary>
    public IReadOnlyList<OutputFile> Render(SiteModel model)
    {
        var files = new List<OutputFile>();
        Render(model, null, files.Add);
        return files;
    }

    /// <summary>
    /// Renders into <paramref name="sink"/> (called from one thread at a time); returns how many
    /// files and HTML pages the site has. With a previous output and a cache folder, what is
    /// unchanged since the last build is kept rather than made again.
    /// </summary>
    public (int Files, int Html) Render(SiteModel model, IPreviousOutput? previous, Action<OutputFile> sink, BuildCache? cache = null)
    {
        var context = new RenderContext(model, theme, strings, templates, previous, cache, Keys);
        // First: a change of the index in place runs beside the pages from here.
        var search = SearchPages.Begin(context);
        IPageGenerator[] generators =
        [
            new HomePages(), new ArticlePages(),
            new TermPages(TermKind.Tags), new TermPages(TermKind.Locations),
            new TermIndexPages(TermKind.Tags), new TermIndexPages(TermKind.Locations),
            new ArchivePages(), new NotFoundPage(), new SiteFeed(), new MachineFiles(), new ThemeAssets(),
            // Last: the search index, the largest thing a build holds while it is made whole.
            search,
        ];
        var paths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var html = new List<string>();
        var htmlFiles = 0;
        void Emit(OutputFile made)
        {
            if (!paths.Add(made.Path))
                throw new InvalidOperationException($"two pages want the same output path '{made.Path}'");
            if (made.Path.EndsWith("index.html", StringComparison.Ordinal)) html.Add(made.Path);
            if (made.Path.EndsWith(".html", StringComparison.Ordinal)) htmlFiles++;
            sink(made);
        }
        try
        {
            foreach (var generator in generators)
            {
                foreach (var file in generator.Generate(context)) Emit(file);
                // Lists made from here on would still name an article that failed: stop, and let the caller render without it.
                if (context.Failures.Count > 0) throw new ArticlesFailedException(context.Failures);
            }
        }
        catch (Exception e)
        {
            // Whether an article's failure stopped the render is decided before the index's change
            // is waited for: a failure the index meets while it finishes must not hide another error.
            var byArticles = e is ArticlesFailedException || context.Failures.Count > 0;
            // The index's change may still be running: it is finished first, so that every article
            // it found failing is named and nothing of this render goes on after it.
            search.Settle();
            if (!byArticles) throw;
            // A generator gave up because an article's part was missing (a search entry, say): the article's failure is the cause.
            throw new ArticlesFailedException(context.Failures);
        }
        // The sitemap lists what was made, so it comes last.
        foreach (var part in Sitemap.Write(context, html, Math.Clamp(model.Config.SitemapMaxUrls, 1, Sitemap.MaxUrlsPerFile))) Emit(part);
        return (paths.Count, htmlFiles);
    }
}
