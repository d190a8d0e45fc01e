namespace StaticNews.Output;

/// <summary>
/// Where a render puts the new site: each changed file goes to <c>output.pending/</c> as it is
/// rendered (nothing is held in memory), each file's size, hash and key into the new manifest,
/// and a file whose bytes come out as output/ holds them is not written at all. Nothing here
/// touches output/ itself: <see cref="OutputCommit"/> makes the result output/, or
/// <see cref="Abandon"/> drops it.
/// </summary>
public sealed class PendingOutput : IPreviousOutput
{
    private readonly string _output;
    private readonly OutputManifest? _previous;
    private readonly OutputManifest _next;
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly FolderMaker _folders = new();

    /// <param name="output">output/, which the render may reuse files of.</param>
    /// <param name="previous">What output/ holds as the last build left it (<see cref="CommittedOutput.TrustedManifest"/>), or null to write every file.</param>
    public PendingOutput(string output, OutputManifest? previous)
    {
        _output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        _previous = previous;
        // The new site mostly has the last one's files: its table starts at their number, not grown to it by doubling.
        _next = new OutputManifest(previous?.Files.Count ?? 0);
        SiteTree.DeleteIfExists(PendingFolder);
        Directory.CreateDirectory(PendingFolder);
    }

    public static string FolderFor(string output) => Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar) + ".pending";

    public string PendingFolder => FolderFor(_output);

    /// <summary>False on a first build, or when output/ no longer matches what the last build left.</summary>
    public bool HasPrevious => _previous != null;

    public int Written => _written.Count;

    public bool CanReuse(string path, string key)
        => _previous != null && _previous.Files.TryGetValue(path, out var entry) && entry.Key.Is(key);

    /// <summary>Takes one file of the new build; called from one thread at a time.</summary>
    public void Add(OutputFile file)
    {
        if (file.Reused)
        {
            if (_previous == null || !_previous.Files.TryGetValue(file.Path, out var kept))
                throw new InvalidOperationException($"'{file.Path}' was to be kept from the previous build, which does not have it");
            _next.Files[file.Path] = kept;
            return;
        }
        var hash = FileHash.Of(file.Content);
        _next.Files[file.Path] = new OutputManifest.Entry(file.Content.Length, hash, OutputKey.Of(file.Key));
        if (_previous != null && _previous.Files.TryGetValue(file.Path, out var old) && old.Hash == hash && old.Size == file.Content.Length)
            return;
        var target = SafeOutputPath.Resolve(PendingFolder, file.Path);
        _folders.MakeFor(target);
        File.WriteAllBytes(target, file.Content);
        _written.Add(file.Path);
    }

    /// <summary>What the render left, for the commit; no file is added after.</summary>
    public RenderedOutput Result() => new(_output, PendingFolder, _previous, _next, _written);

    /// <summary>Drops what a failed build wrote; output/ and the manifest stay as they were.</summary>
    public void Abandon() => OutputCommit.Abandon(_output);
}
