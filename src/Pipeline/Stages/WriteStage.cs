namespace StaticNews.Pipeline.Stages;

/// <summary>
/// Makes the rendered build output/: the spare tree brought up to date with the changed files and
/// exchanged with output/ in one step (see <see cref="Output.IncrementalOutput"/>), nothing
/// touched when no byte changed. First the new site's bytes are counted by kind and held against
/// site.yml's <c>max_site_bytes</c>: a site over it is not committed.
/// </summary>
public sealed class WriteStage : IBuildStage
{
    public string Name => "write";

    public BuildState Run(BuildState state)
    {
        var output = state.Output!;
        Output.SiteSize size;
        try
        {
            size = Output.SiteSize.Of(output.Sizes);
            SizeBudget.Check(size, state.Config.MaxSiteBytes, state.Options.Paths.SiteFile, state.Diagnostics);
            output.Commit();
        }
        catch
        {
            output.Abandon();
            throw;
        }
        return state with { Size = size };
    }
}
