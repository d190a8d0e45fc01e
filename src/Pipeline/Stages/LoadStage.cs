using StaticNews.Site;

namespace StaticNews.Pipeline.Stages;

/// <summary>Reads input/articles/*.md and builds the site model (taxonomies, archive, related).</summary>
public sealed class LoadStage : IBuildStage
{
    public string Name => "load";

    public BuildState Run(BuildState state)
    {
        var loaded = SiteLoader.Load(state.Options.Paths.Articles, state.Options.Paths.Input, state.Zone, state.Options.IncludeDrafts, state.Diagnostics, state.Options.Paths.Cache, state.InputHashes.Of);
        return state with { Loaded = loaded, Model = SiteModelBuilder.Build(state.Config, loaded, state.Zone) };
    }
}
