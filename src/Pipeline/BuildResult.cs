using StaticNews.Diagnostics;

namespace StaticNews.Pipeline;

/// <summary>
/// How a build went: the final state, the wall and CPU time per stage and the process's peak memory when the
/// stage ended (it never goes down, so the first stage that raises it is where memory goes), and
/// whether it stopped on a fatal error.
/// </summary>
public sealed record BuildResult(BuildState State, IReadOnlyList<(string Stage, TimeSpan Time, TimeSpan Cpu, long PeakBytes)> Timings, string? FatalError)
{
    public DiagnosticBag Diagnostics => State.Diagnostics;
    public bool Succeeded => FatalError == null && Diagnostics.ErrorCount == 0;
}
