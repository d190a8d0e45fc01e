using StaticNews.Output;
using StaticNews.Rendering;

namespace StaticNews.Pipeline.Stages;

/// <summary>
/// Renders every page, feed and machine file of the site, straight into the pending output:
/// pages whose inputs are unchanged since the last build are kept, not rendered again.
/// </summary>
public sealed class RenderStage : IBuildStage
{
    public string Name => "render";

    public BuildState Run(BuildState state)
    {
        var theme = Theme.Load(state.Options.Paths, state.Diagnostics);
        var strings = LocalizedStrings.Load(theme.I18nFolder, state.Config.Language);
        var renderer = new SiteRenderer(theme, strings);
        var output = new IncrementalOutput(state.Options.Paths.Output, state.Options.Paths.Cache, state.OutputUnchanged);
        try
        {
            var rendered = renderer.Render(state.Model!, output.HasPrevious ? output : null, output.Add, state.Options.Paths.Cache);
            return state with { Output = output, Rendered = rendered };
        }
        catch
        {
            output.Abandon();
            throw;
        }
    }
}
