namespace StaticNews.Output;

/// <summary>
/// What a render left for the commit: the new site's manifest (every file, written or kept), the
/// files it wrote into <see cref="PendingFolder"/>, and the manifest of the site it was rendered
/// against (null: none to trust, every file was written).
/// </summary>
public sealed record RenderedOutput(string OutputFolder, string PendingFolder, OutputManifest? Previous, OutputManifest Next, IReadOnlySet<string> Written)
{
    /// <summary>Every file of the new build with its size in bytes, written or kept.</summary>
    // An iterator of ours, not LINQ's Select over the manifest's entries: the framework's generic
    // code over a struct of ours is not precompiled but compiled at every start.
    public IEnumerable<KeyValuePair<string, long>> Sizes
    {
        get
        {
            foreach (var (path, entry) in Next.Files) yield return new KeyValuePair<string, long>(path, entry.Size);
        }
    }

    /// <summary>
    /// The new manifest's lines, made on another core from the moment the render hands this over
    /// (no file is added after): while the write stage counts the site's bytes and the commit
    /// looks at what changed. The commit waits for them at its step.
    /// </summary>
    public Task<ManifestLines> NextLines { get; } = Task.Run(Next.Lines);

    /// <summary>
    /// The listing hash output/ has once this build is committed, worked out from the manifest:
    /// output/ then holds exactly its files, so it need not be walked again to be recorded.
    /// </summary>
    public string ListingHash() => OutputListing.Of(Sizes);

    /// <summary>
    /// How many files of the previous site the new one no longer has, counted without walking the
    /// previous site: every file of the new site is the previous site's or was written (the render
    /// writes whatever the previous site lacks), so the new site has all of the previous one's but
    /// those removed, and the written ones it lacked.
    /// </summary>
    public int Removed => Previous == null ? 0 : Previous.Files.Count - (Next.Files.Count - Written.Count(p => !Previous.Files.ContainsKey(p)));

    /// <summary>Paths of the previous site the new one no longer has; the previous site is walked only when there are some.</summary>
    public IReadOnlyList<string> RemovedPaths()
        => Removed == 0 ? [] : Previous!.Files.Keys.Where(p => !Next.Files.ContainsKey(p)).ToList();
}
