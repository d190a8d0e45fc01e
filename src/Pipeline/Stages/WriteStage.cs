using StaticNews.Output;

namespace StaticNews.Pipeline.Stages;

/// <summary>
/// Makes the rendered build output/: the spare tree brought up to date with the changed files and
/// exchanged with output/ in one step (see <see cref="OutputCommit"/>), nothing touched when no
/// byte changed. First the new site's bytes are counted by kind and held against site.yml's
/// <c>max_site_bytes</c>: a site over it is not committed.
/// </summary>
public sealed class WriteStage : IBuildStage
{
    public string Name => "write";

    public BuildState Run(BuildState state)
    {
        var paths = state.Options.Paths;
        var rendered = state.RenderedOutput!;
        SiteSize size;
        try
        {
            size = SiteSize.Of(rendered.Sizes);
            SizeBudget.Check(size, state.Config.MaxSiteBytes, paths.SiteFile, state.Diagnostics);
            new OutputCommit(paths.Output, paths.Cache).Commit(rendered);
        }
        catch
        {
            OutputCommit.Abandon(paths.Output);
            throw;
        }
        return state with { Size = size, CommittedListing = rendered.ListingHash() };
    }
}
