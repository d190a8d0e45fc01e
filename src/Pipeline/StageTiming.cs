namespace StaticNews.Pipeline;

/// <summary>
/// What one stage took: wall time, the process's CPU time, and the process's peak working set
/// after it. A class rather than a tuple: a list of a tuple of these types is generic code in no
/// ReadyToRun image, which every build would compile to report its times.
/// </summary>
public sealed record StageTiming(string Stage, TimeSpan Time, TimeSpan Cpu, long PeakBytes);
