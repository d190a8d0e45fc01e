using StaticNews.Configuration;
using StaticNews.Diagnostics;

namespace StaticNews.Rendering;

/// <summary>
/// What rendering needs before its first page: the theme, its strings in the site's language,
/// its parsed templates, and the keys and asset URLs pages are made with. Made on its own (and on another core, see
/// <see cref="Pipeline.Stages.ThemeStage"/>), so what it has to say is kept with it rather than
/// said at once: the build says it when it renders, in the same place whenever it was made.
/// </summary>
public sealed record RenderSetup(Theme Theme, LocalizedStrings Strings, TemplateEngine Templates, ThemeKeys Keys, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static RenderSetup Load(SitePaths paths, SiteConfig config)
    {
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(paths, diagnostics);
        var strings = LocalizedStrings.Load(theme.I18nFolder, config.Language, paths.Cache);
        return new RenderSetup(theme, strings, SiteRenderer.TemplatesFor(theme), ThemeKeys.For(config, theme, strings), diagnostics.All);
    }
}
