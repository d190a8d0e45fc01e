using StaticNews.Output;
using StaticNews.Rendering;

namespace StaticNews.Pipeline.Stages;

/// <summary>
/// Renders every page, feed and machine file of the site, straight into the pending output:
/// pages whose inputs are unchanged since the last build are kept, not rendered again.
/// </summary>
public sealed class RenderStage : IBuildStage
{
    public string Name => "render";

    public BuildState Run(BuildState state)
    {
        // GetResult, not Result: a theme that fails to load throws its own exception, not an AggregateException.
        var setup = state.RenderSetup?.GetAwaiter().GetResult() ?? RenderSetup.Load(state.Options.Paths, state.Config.Language);
        foreach (var diagnostic in setup.Diagnostics) state.Diagnostics.Repeat(diagnostic);
        var renderer = new SiteRenderer(setup.Theme, setup.Strings, setup.Templates);
        var output = new IncrementalOutput(state.Options.Paths.Output, state.Options.Paths.Cache, state.OutputCheck?.Manifest);
        output.ReadSpareAhead();
        try
        {
            var rendered = renderer.Render(state.Model!, output.HasPrevious ? output : null, output.Add, state.Options.Paths.Cache);
            ReturnGarbage();
            return state with { Output = output, Rendered = rendered };
        }
        catch
        {
            output.Abandon();
            throw;
        }
    }

    /// <summary>
    /// Rendering leaves the heap at its largest and mostly garbage (pages, search postings); the
    /// GC would keep that memory for the stages after it, which add their own on top (the
    /// record stage lists output/, which raised a large archive's peak memory noticeably).
    /// One compacting collection hands it back to the system, for far less time than it saves in memory.
    /// A small heap (a small site, or a rebuild that kept most pages) is left to the GC: there
    /// the collection would cost time and save little.
    /// </summary>
    private static void ReturnGarbage()
    {
        if (GC.GetGCMemoryInfo().HeapSizeBytes < LargeHeapBytes) return;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private const long LargeHeapBytes = 512L * 1024 * 1024;
}
