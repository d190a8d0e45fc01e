using StaticNews.Configuration;
using StaticNews.Diagnostics;

namespace StaticNews.Rendering;

/// <summary>
/// What rendering needs before its first page: the theme, its strings in the site's language and
/// its parsed templates. Made on its own (and on another core, see
/// <see cref="Pipeline.Stages.ThemeStage"/>), so what it has to say is kept with it rather than
/// said at once: the build says it when it renders, in the same place whenever it was made.
/// </summary>
public sealed record RenderSetup(Theme Theme, LocalizedStrings Strings, TemplateEngine Templates, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static RenderSetup Load(SitePaths paths, string language)
    {
        var diagnostics = new DiagnosticBag();
        var theme = Theme.Load(paths, diagnostics);
        return new RenderSetup(theme, LocalizedStrings.Load(theme.I18nFolder, language), SiteRenderer.TemplatesFor(theme), diagnostics.All);
    }
}
