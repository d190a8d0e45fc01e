using StaticNews.Output;

namespace StaticNews.Pipeline.Stages;

/// <summary>Writes the rendered files to a staging folder and swaps it in for output/.</summary>
public sealed class WriteStage : IBuildStage
{
    public string Name => "write";

    public BuildState Run(BuildState state)
    {
        var output = new StagedOutput(state.Options.Paths.Output);
        output.Begin();
        try
        {
            output.Write(state.Files);
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
