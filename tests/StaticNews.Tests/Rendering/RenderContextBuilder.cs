using StaticNews.Caching;
using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Diagnostics;
using StaticNews.Output;
using StaticNews.Rendering;
using StaticNews.Site;

namespace StaticNews.Tests.Rendering;

/// <summary>
/// Makes a <see cref="RenderContext"/> from a few articles held in memory, with the repository's
/// real theme and strings, so one page generator can be run alone and its files read: no input
/// folder, no pipeline, no cache unless a test gives one. Articles go through <see cref="SiteModelBuilder"/> as in a
/// build, so their paths, terms and archive are the ones a build would give them.
/// </summary>
internal sealed class RenderContextBuilder
{
    /// <summary>The day the articles of a test are dated from unless it says otherwise.</summary>
    public static readonly DateTimeOffset Day = new(2023, 9, 22, 10, 0, 0, TimeSpan.FromHours(2));

    private readonly List<(ArticleFile Article, string SourceFile)> _files = [];
    private SiteConfig _config = new() { Title = "Testavisen", BaseUrl = "https://example.org/news/" };
    private IPreviousOutput? _previous;
    private BuildCache? _cache;

    /// <summary>Changes the site's settings from the defaults (title "Testavisen", base URL https://example.org/news/).</summary>
    public RenderContextBuilder WithConfig(Func<SiteConfig, SiteConfig> change)
    {
        _config = change(_config);
        return this;
    }

    /// <summary>Lets generators keep what <paramref name="previous"/> says output/ holds already.</summary>
    public RenderContextBuilder WithPrevious(IPreviousOutput previous)
    {
        _previous = previous;
        return this;
    }

    /// <summary>Lets generators keep what they worked out for the next build in <paramref name="cache"/> (the search index's store).</summary>
    public RenderContextBuilder WithCache(BuildCache cache)
    {
        _cache = cache;
        return this;
    }

    /// <summary>An article of <c>input/articles/{slug}.md</c>; the date defaults to <see cref="Day"/> plus an hour per article added before.</summary>
    public RenderContextBuilder Article(string slug, DateTimeOffset? date = null, string[]? locations = null, string[]? tags = null,
        string? title = null, string summary = "Et resumé.", string body = "Brødtekst.", string? source = "ritzau")
    {
        var meta = new FrontMatter
        {
            Title = title ?? slug,
            Date = date ?? Day.AddHours(_files.Count),
            Slug = slug,
            Summary = summary,
            Source = source,
            Locations = locations ?? [],
            Tags = tags ?? [],
        };
        _files.Add((new ArticleFile(meta, body), Path.Combine(RepoPaths.Root, "input", "articles", slug + ".md")));
        return this;
    }

    public RenderContext Build()
    {
        var (model, strings) = ModelAndStrings();
        return new RenderContext(model, RealTheme.Value, strings, Templates.Value, _previous, _cache);
    }

    /// <summary>The site model of the articles and a renderer of the whole site (every generator, as a build runs them) with the theme and strings.</summary>
    public (SiteModel Model, SiteRenderer Renderer) Site()
    {
        var (model, strings) = ModelAndStrings();
        return (model, new SiteRenderer(RealTheme.Value, strings, Templates.Value));
    }

    private (SiteModel Model, LocalizedStrings Strings) ModelAndStrings()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(_config.TimeZone);
        return (SiteModelBuilder.Build(_config, _files, zone), LocalizedStrings.Load(RealTheme.Value.I18nFolder, _config.Language));
    }

    // The theme and its parsed layouts are the same for every test: loaded once.
    private static readonly Lazy<Theme> RealTheme = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        // No site of its own: an input folder that does not exist overrides no layout or asset.
        var paths = SitePaths.Resolve(Path.Combine(RepoPaths.Root, "tests", "no-site-input"), Path.Combine(Path.GetTempPath(), "unused-output"), RepoPaths.Theme);
        var theme = Theme.Load(paths, diagnostics);
        return diagnostics.All.Count == 0 ? theme : throw new InvalidOperationException(string.Join("; ", diagnostics.All));
    });

    private static readonly Lazy<TemplateEngine> Templates = new(() => SiteRenderer.TemplatesFor(RealTheme.Value));
}
