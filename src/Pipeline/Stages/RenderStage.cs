using StaticNews.Pipeline.UpToDate;
using StaticNews.Configuration;
using StaticNews.Output;
using StaticNews.Rendering;
using StaticNews.Site;

namespace StaticNews.Pipeline.Stages;

/// <summary>
/// Renders every page, feed and machine file of the site, straight into the pending output:
/// pages whose inputs are unchanged since the last build are kept, not rendered again.
/// An article whose own rendering throws (its Markdown, page, JSON-LD or search entry) is named
/// as an error and left out: the pending output is dropped, the model made again without it (so
/// no list, feed, sitemap or index names it) and the site rendered again. Load has already
/// refused what it can foresee, so this costs a second render only for the unforeseen.
/// </summary>
/// <param name="theme">The stage loading the theme beside ingest and load; null (or not run) and it is loaded here.</param>
public sealed class RenderStage(ThemeStage? theme = null) : IBuildStage
{
    public string Name => "render";

    public BuildState Run(BuildState state)
    {
        var paths = state.Options.Paths;
        var setup = theme?.Loaded() ?? RenderSetup.Load(paths, state.Config);
        foreach (var diagnostic in setup.Diagnostics) state.Diagnostics.Repeat(diagnostic);
        var renderer = new SiteRenderer(setup.Theme, setup.Strings, setup.Templates) { Keys = setup.Keys };
        var model = state.Model!;
        var loaded = state.Loaded;
        while (true)
        {
            OutputRecovery.Recover(paths.Output, paths.Cache);
            var output = new PendingOutput(paths.Output, CommittedOutput.TrustedManifest(paths.Output, paths.Cache, state.OutputSinceLastBuild?.Manifest));
            try
            {
                var rendered = renderer.Render(model, output.HasPrevious ? output : null, output.Add, paths.Cache);
                ReturnGarbage();
                return state with { RenderedOutput = output.Result(), Rendered = rendered, Model = model, Loaded = loaded };
            }
            catch (ArticlesFailedException e)
            {
                output.Abandon();
                // Every article failing in the theme is the theme failing, not the articles: that stays fatal.
                if (model.Articles.Count > 1 && e.Failures.Count == model.Articles.Count && e.Failures.Values.All(f => f.FromTheme))
                    throw new TemplateException(e.Failures.Values.OrderBy(f => f.SourceFile, StringComparer.Ordinal).First().Reason);
                foreach (var failure in e.Failures.Values.OrderBy(f => f.SourceFile, StringComparer.Ordinal))
                    state.Diagnostics.Error(SitePaths.Display(failure.SourceFile), failure.Reason + "; the article is left out", failure.Line);
                var failed = e.Failures.Keys.Select(a => a.SourceFile).ToHashSet(StringComparer.Ordinal);
                loaded = loaded.Where(l => !failed.Contains(l.SourceFile)).ToList();
                model = SiteModelBuilder.Build(state.Config, loaded, state.Zone);
            }
            catch
            {
                output.Abandon();
                throw;
            }
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
