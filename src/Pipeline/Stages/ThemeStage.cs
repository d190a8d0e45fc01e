using StaticNews.Rendering;

namespace StaticNews.Pipeline.Stages;

/// <summary>
/// Starts reading the theme and parsing its templates on a spare core, so they are ready when
/// rendering starts: ingest and loading leave a core idle much of the time, and parsing the
/// templates (with the template engine's start-up) was a tenth of a second of one-new-article
/// rebuilds. Whatever the loading throws is thrown by the render stage, as if it had loaded them itself.
/// </summary>
public sealed class ThemeStage : IBuildStage
{
    public string Name => "theme";

    public BuildState Run(BuildState state)
    {
        var paths = state.Options.Paths;
        var language = state.Config.Language;
        return state with { RenderSetup = Task.Run(() => RenderSetup.Load(paths, language)) };
    }
}
