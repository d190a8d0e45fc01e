using StaticNews.Diagnostics;

namespace StaticNews.Pipeline;

/// <summary>How a build went: the final state, the time per stage, and whether it stopped on a fatal error.</summary>
public sealed record BuildResult(BuildState State, IReadOnlyList<(string Stage, TimeSpan Time)> Timings, string? FatalError)
{
    public DiagnosticBag Diagnostics => State.Diagnostics;
    public bool Succeeded => FatalError == null && Diagnostics.ErrorCount == 0;
}
