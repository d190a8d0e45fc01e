using StaticNews.Diagnostics;

namespace StaticNews.Pipeline;

/// <summary>
/// How a build went: the final state, the wall and CPU time per stage and the process's peak memory when the
/// stage ended (it never goes down, so the first stage that raises it is where memory goes), and
/// whether it stopped on a fatal error.
/// </summary>
public sealed record BuildResult(BuildState State, IReadOnlyList<StageTiming> Timings, string? FatalError)
{
    public DiagnosticBag Diagnostics => State.Diagnostics;
    public bool Succeeded => FatalError == null && Diagnostics.ErrorCount == 0;

    /// <summary>The wall time of all the stages.</summary>
    public TimeSpan TotalTime
    {
        get
        {
            // Loops, not LINQ's Sum: its code over these types is in no ReadyToRun image.
            var total = TimeSpan.Zero;
            foreach (var timing in Timings) total += timing.Time;
            return total;
        }
    }

    /// <summary>The CPU time of all the stages.</summary>
    public TimeSpan TotalCpu
    {
        get
        {
            var total = TimeSpan.Zero;
            foreach (var timing in Timings) total += timing.Cpu;
            return total;
        }
    }
}
