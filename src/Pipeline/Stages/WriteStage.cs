namespace StaticNews.Pipeline.Stages;

/// <summary>
/// Makes the rendered build output/: the spare tree brought up to date with the changed files and
/// exchanged with output/ in one step (see <see cref="Output.IncrementalOutput"/>), nothing
/// touched when no byte changed.
/// </summary>
public sealed class WriteStage : IBuildStage
{
    public string Name => "write";

    public BuildState Run(BuildState state)
    {
        var output = state.Output!;
        try
        {
            output.Commit();
        }
        catch
        {
            output.Abandon();
            throw;
        }
        return state;
    }
}
