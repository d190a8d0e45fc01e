namespace StaticNews.Preview;

/// <summary>
/// Watches folders (input/, theme/) and raises <see cref="Changed"/> once a burst of changes has
/// settled, so saving ten files, or an editor's write-rename dance, costs one rebuild. Paths
/// with a segment starting with '.' (.git, .cache, editor swap files) are ignored.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public event Action? Changed;

    public SiteWatcher(IEnumerable<string> folders)
    {
        _timer = new Timer(_ => Changed?.Invoke());
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += OnEvent;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        var relative = Path.GetRelativePath(((FileSystemWatcher)sender).Path, e.FullPath);
        if (relative.Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.'))) return;
        _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
