using StaticNews.Rendering;

namespace StaticNews.Pipeline.Stages;

/// <summary>
/// Starts reading the theme and parsing its templates on the other core, so they are ready when
/// rendering starts: parsing them (with the template engine's start-up) held up the head of render
/// in a one-new-article rebuild, and ingest and loading have stretches on one
/// core (walks, the article store, the recogniser's load) it can fill. The render stage it is
/// given to (<see cref="RenderStage"/>) takes the result; whatever the loading throws is thrown
/// there, as if it had loaded the theme itself.
/// </summary>
public sealed class ThemeStage : IBuildStage
{
    private Task<RenderSetup>? _loading;

    public string Name => "theme";

    public BuildState Run(BuildState state)
    {
        var paths = state.Options.Paths;
        var config = state.Config;
        _loading = Task.Run(() => RenderSetup.Load(paths, config));
        return state;
    }

    /// <summary>The theme this stage loaded, once loaded; null when the stage did not run.</summary>
    // GetResult, not Result: a theme that fails to load throws its own exception, not an AggregateException.
    public RenderSetup? Loaded() => _loading?.GetAwaiter().GetResult();
}
