using StaticNews.Configuration;
using StaticNews.Pipeline;

namespace StaticNews.Preview;

/// <summary>
/// `serve`: build once, serve output/ on 127.0.0.1 under the site's base path, and until
/// cancelled rebuild on every change in input/ or the theme and tell open pages to reload.
/// Rebuilds run one at a time; changes made during a rebuild (ingest writes input/articles/
/// itself) cause one more, which finds nothing to do and settles.
/// </summary>
public sealed class PreviewSession(SitePaths paths, int port, bool watch, TextWriter log)
{
    /// <summary>Called with the result of each build (the first included), e.g. to print a summary.</summary>
    public Action<BuildResult>? OnBuilt { get; init; }

    /// <summary>Called once the server listens, with the URL to open.</summary>
    public Action<string>? OnListening { get; init; }

    public void Run(CancellationToken cancel)
    {
        // Links must point at this server: keep the site's base path, swap its host for ours.
        string basePath;
        try
        {
            InputFolderCheck.Check(paths, new Diagnostics.DiagnosticBag()); // the build says its warnings
            basePath = SiteConfigLoader.Load(paths.SiteFile).BasePath;
        }
        catch (SiteConfigException)
        {
            // Without the input folder or readable settings there is nothing to watch and no base
            // path to serve under: the build says what is wrong, and nothing is served.
            var unserved = new BuildOptions(paths);
            OnBuilt?.Invoke(BuildPipeline.For(unserved).Run(unserved));
            return;
        }
        var options = new BuildOptions(paths, $"http://127.0.0.1:{port}{basePath}");
        OnBuilt?.Invoke(BuildPipeline.For(options).Run(options));

        using var server = new PreviewServer(paths.Output, basePath, port, liveReload: watch);
        server.Start();
        OnListening?.Invoke(server.Url);
        if (!watch)
        {
            cancel.WaitHandle.WaitOne();
            return;
        }

        using var changed = new SemaphoreSlim(0);
        using var watcher = new SiteWatcher([paths.Input, paths.Theme]);
        watcher.Changed += () => changed.Release();
        while (true)
        {
            try
            {
                changed.Wait(cancel);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            while (changed.CurrentCount > 0) changed.Wait(0);
            log.WriteLine("change seen: rebuilding");
            var result = BuildPipeline.For(options).Run(options);
            OnBuilt?.Invoke(result);
            if (result.FatalError == null) server.NotifyRebuilt();
        }
    }
}
