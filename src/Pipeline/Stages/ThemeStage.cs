using StaticNews.Rendering;

namespace StaticNews.Pipeline.Stages;

/// <summary>
/// Starts reading the theme and parsing its templates on the other core, so they are ready when
/// rendering starts: parsing them (with the template engine's start-up) held up the head of render
/// in a one-new-article rebuild, and ingest and loading have stretches on one
/// core (walks, the article store, the recogniser's load) it can fill. Whatever the loading
/// throws is thrown by the render stage, as if it had loaded the theme itself.
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
