using StaticNews.Rendering;

namespace StaticNews.Pipeline.Stages;

/// <summary>Renders every page, feed and machine file of the site in memory.</summary>
public sealed class RenderStage : IBuildStage
{
    public string Name => "render";

    public BuildState Run(BuildState state)
    {
        var theme = Theme.Load(state.Options.Paths, state.Diagnostics);
        var strings = LocalizedStrings.Load(theme.I18nFolder, state.Config.Language);
        return state with { Files = new SiteRenderer(theme, strings).Render(state.Model!) };
    }
}
