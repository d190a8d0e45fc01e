using System.Diagnostics;
using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Diagnostics;
using StaticNews.Output;
using StaticNews.Pipeline.Stages;
using StaticNews.Rendering;

namespace StaticNews.Pipeline;

/// <summary>
/// The build as named stages run in order: check → config → theme → ingest → load → render →
/// write → record. A stage that throws stops the build before the write stage, so output/ keeps the
/// previous site. When the check finds inputs and output/ exactly as the last build recorded
/// them, the build stops there: it would make the same bytes again.
/// </summary>
public sealed class BuildPipeline(IReadOnlyList<IBuildStage> stages)
{
    public static BuildPipeline For(BuildOptions options, Func<DateTimeOffset>? clock = null)
    {
        clock ??= () => DateTimeOffset.UtcNow;
        if (options.IngestOnly) return new BuildPipeline([new ConfigureStage(), new IngestStage(clock)]);
        // The check may start loading the entity recogniser for ingest, and the theme stage loads
        // the theme for render: each hands its work to the later stage here, not through the state.
        var recognizer = new RecognizerLoad(options.Paths.SitePlaces);
        var theme = new ThemeStage();
        return new BuildPipeline([new UpToDateStage(recognizer), new ConfigureStage(), theme, new IngestStage(clock, recognizer), new LoadStage(clock), new RenderStage(theme),
            new WriteStage(), new RecordStage()]);
    }

    public BuildResult Run(BuildOptions options, Action<string>? onStage = null)
    {
        var state = new BuildState { Options = options, Diagnostics = new DiagnosticBag() };
        var timings = new List<StageTiming>();
        BuildLock buildLock;
        try
        {
            buildLock = BuildLock.Acquire(options.Paths.Output);
        }
        catch (BuildLockedException e)
        {
            return new BuildResult(state, timings, e.Message);
        }
        using (buildLock) return RunStages(state, timings, onStage);
    }

    private BuildResult RunStages(BuildState state, List<StageTiming> timings, Action<string>? onStage)
    {
        foreach (var stage in stages)
        {
            onStage?.Invoke(stage.Name);
            var clock = Stopwatch.StartNew();
            // CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
            var cpu = ProcessUsage.ProcessorTime;
            try
            {
                state = stage.Run(state);
            }
            catch (Exception e) when (Expected(e) is { } failure)
            {
                timings.Add(new StageTiming(stage.Name, clock.Elapsed, ProcessUsage.ProcessorTime - cpu, ProcessUsage.PeakMemory));
                return new BuildResult(state, timings, $"{stage.Name}: {failure.Message}");
            }
            timings.Add(new StageTiming(stage.Name, clock.Elapsed, ProcessUsage.ProcessorTime - cpu, ProcessUsage.PeakMemory));
            if (state.NothingChanged) break;
        }
        return new BuildResult(state, timings, null);
    }

    /// <summary>
    /// The failure a stage may meet (a bad site.yml or theme, a file that cannot be read or
    /// written, a site over its budget), said in the user's words; null for anything else, which
    /// is a bug and goes on as itself. A failure met on one of a parallel loop's threads comes
    /// wrapped with those of the others: the first is said, as the same failure in a plain loop would be.
    /// </summary>
    private static Exception? Expected(Exception e)
    {
        if (e is AggregateException aggregate)
            return aggregate.Flatten().InnerExceptions is [var first, ..] rest && rest.All(inner => Expected(inner) != null) ? first : null;
        return e is SiteConfigException or TemplateException or ContentException or IOException
            or UnauthorizedAccessException or InvalidDataException or InvalidOperationException or SiteTooLargeException ? e : null;
    }
}
