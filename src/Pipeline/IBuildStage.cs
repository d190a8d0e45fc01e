namespace StaticNews.Pipeline;

/// <summary>One named step of the build; the name shows in the summary with the time it took.</summary>
public interface IBuildStage
{
    string Name { get; }
    BuildState Run(BuildState state);
}
