using StaticNews.Caching;
using StaticNews.Text;

namespace StaticNews.Output;

/// <summary>
/// Writes a build into output/ touching only what changed, with the same guarantee as a full
/// rewrite: output/ is at every moment either the whole previous site or the whole new one.
///
/// Changed files go to <c>output.pending/</c> as they are rendered (nothing is held in memory).
/// The commit is double-buffered: beside output/ lies a spare tree, <c>output.spare/</c> (see
/// <see cref="SpareOutput"/>), holding the site as it was one build ago. The commit brings the
/// spare to the new site by the difference between its manifest and the new one (this build's
/// files moved in, the previous build's linked from output/, files the site lost unlinked),
/// exchanges it with output/ in one step, and keeps the old output/ as the next spare: work in
/// proportion to what the last two builds changed, where assembling and removing a whole tree
/// of hard links cost a system call or two per file of the site. No file of output/ is ever
/// modified in place (the spare shares its inodes), so a killed build leaves it untouched.
/// When nothing changed, nothing is written at all.
///
/// With no spare to trust (the first build, output/ not what the manifest says, a spare left
/// dirty by a killed build), the spare's folder is assembled whole from hard links to output/
/// and the pending files, as a staging folder; after the exchange the previous site stays as the
/// spare, or, with none to keep, the new site is hard-linked into it, so the next build is cheap.
/// Where the spare's folder cannot be proved to lie on output/'s file system (or off Linux), the
/// commit stages a whole tree in <c>output.staging/</c> and removes the old site, keeping no spare.
///
/// The manifest of what output/ holds lives in the cache folder. It is written as
/// <c>manifest.next</c> before the swap and renamed after it, so a build killed in between
/// leaves a <c>manifest.next</c> behind; the next build then trusts neither and rewrites all.
/// Between the two, the old manifest becomes the spare's: the spare's manifest is missing from
/// the moment the spare is first touched until it describes the spare again.
/// </summary>
public sealed class IncrementalOutput : IPreviousOutput
{
    private readonly string _output;
    private readonly string _manifestFile;
    private readonly string _nextManifestFile;
    private readonly OutputManifest? _previous;
    private readonly OutputManifest _next = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly BuildCache _cache;

    /// <param name="checkedManifest">
    /// output/'s manifest as the caller read it and proved it describes output/ (the up-to-date
    /// check compares the manifest's hash and output/'s listing with the record), so it is neither
    /// read nor walked again; null to have it read and checked here.
    /// </param>
    public IncrementalOutput(string output, BuildCache cache, OutputManifest? checkedManifest = null)
    {
        _output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        _cache = cache;
        _manifestFile = cache.OutputManifestFile;
        _nextManifestFile = cache.NextOutputManifestFile;
        var staged = new StagedOutput(_output);
        staged.RecoverInterruptedSwap();
        staged.Abandon(); // a staging folder a killed build left; the check would not trust output/ beside it
        if (File.Exists(_nextManifestFile))
        {
            File.Delete(_nextManifestFile);
            if (File.Exists(_manifestFile)) File.Delete(_manifestFile);
        }
        if (checkedManifest != null && File.Exists(_manifestFile))
        {
            _previous = checkedManifest;
        }
        else
        {
            var previous = OutputManifest.TryRead(_manifestFile);
            _previous = previous != null && previous.Describes(_output) ? previous : null;
        }
        SiteTree.DeleteIfExists(PendingFolder);
        Directory.CreateDirectory(PendingFolder);
    }

    public string PendingFolder => _output + ".pending";

    /// <summary>Where the spare tree is kept: beside output/, so on its file system, and outside the cache folder CI keeps.</summary>
    internal string SpareFolder
    {
        get => _spareFolder ?? _output + ".spare";
        init => _spareFolder = value;
    }

    private readonly string? _spareFolder;

    /// <summary>How output/ and the spare are exchanged; a test puts in one that fails, as on a system without renameat2.</summary>
    internal Func<string, string, bool> Exchange { get; init; } = AtomicDirectorySwap.TryExchange;

    /// <summary>
    /// Test-only seam: called after each step of <see cref="Commit"/>. A test throws from it to
    /// leave the folders exactly as a build killed at that point would (Commit cleans nothing up).
    /// </summary>
    internal Action<CommitStep>? AfterStepForTests { get; set; }

    /// <summary>What the last commit did to bring the spare up to date, or null when it had no spare to bring.</summary>
    internal SpareUpdate? SpareUpdate { get; private set; }

    /// <summary>
    /// A hash of output/'s listing (see <see cref="OutputListing"/>), or null when a build was
    /// interrupted there. Equal listings, taken after a build and now, mean nobody added, removed
    /// or resized a file of output/ in between: one directory walk, no file read.
    /// </summary>
    public static string? ListingHash(string output, BuildCache cache)
    {
        return CommitInterrupted(output, cache) ? null : OutputListing.Of(output);
    }

    /// <summary>
    /// True when a build was killed between writing and committing (a next manifest, a pending or
    /// staging folder left behind) or output/ is missing: output/ and its manifest may not match.
    /// </summary>
    public static bool CommitInterrupted(string output, BuildCache cache)
    {
        output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return File.Exists(cache.NextOutputManifestFile) || Directory.Exists(output + ".pending")
            || Directory.Exists(new StagedOutput(output).StagingFolder) || !Directory.Exists(output);
    }

    /// <summary>
    /// The listing hash output/ has once this build is committed, worked out from the manifest:
    /// output/ then holds exactly its files, so it need not be walked again to be recorded.
    /// </summary>
    public string CommittedListingHash() => OutputListing.Of(_next.Files.Select(f => KeyValuePair.Create(f.Key, f.Value.Size)));

    /// <summary>The hash of the manifest file's bytes, or null when there is none.</summary>
    public static string? ManifestHash(BuildCache cache)
    {
        var manifestFile = cache.OutputManifestFile;
        return File.Exists(manifestFile) ? ContentHash.OfFile(manifestFile) : null;
    }

    /// <summary>False on a first build, or when output/ no longer matches what the last build left.</summary>
    public bool HasPrevious => _previous != null;

    /// <summary>
    /// Starts reading the spare's manifest in the background, for the commit: the spare is not
    /// touched before then, and its manifest (as large as output/'s) is read while pages render.
    /// </summary>
    public void ReadSpareAhead()
    {
        if (_previous != null) _spareAhead ??= Task.Run(new SpareOutput(SpareFolder, _cache).ReadManifest);
    }

    private Task<OutputManifest?>? _spareAhead;

    public int Written { get; private set; }
    public int Removed { get; private set; }
    public int Files => _next.Files.Count;

    /// <summary>Every file of the new build with its size in bytes, written or kept.</summary>
    public IEnumerable<KeyValuePair<string, long>> Sizes => _next.Files.Select(f => KeyValuePair.Create(f.Key, f.Value.Size));

    public bool CanReuse(string path, string key)
        => _previous != null && _previous.Files.TryGetValue(path, out var entry) && entry.Key == key;

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
        var hash = ContentHash.Of(file.Content);
        _next.Files[file.Path] = new OutputManifest.Entry(file.Content.Length, hash, file.Key);
        if (_previous != null && _previous.Files.TryGetValue(file.Path, out var old) && old.Hash == hash && old.Size == file.Content.Length)
            return;
        var target = SafeOutputPath.Resolve(PendingFolder, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, file.Content);
        _pending.Add(file.Path);
        Written++;
    }

    /// <summary>Makes the new build output/ (or leaves output/ alone when no byte changed).</summary>
    public void Commit()
    {
        Removed = _previous == null ? 0 : _previous.Files.Keys.Count(p => !_next.Files.ContainsKey(p));
        if (_previous != null && Written == 0 && Removed == 0)
        {
            SiteTree.DeleteIfExists(PendingFolder);
            _next.Write(_manifestFile);
            return;
        }

        var spare = new SpareOutput(SpareFolder, _cache);
        if (!FileIdentity.OnOneFileSystem(_output, spare.Folder) || !FileIdentity.OnOneFileSystem(PendingFolder, spare.Folder))
        {
            spare.Discard();
            CommitThroughStaging();
            return;
        }

        // The spare is worth bringing up to date only next to an output/ the manifest describes:
        // they share inodes, so whatever changed output/ behind the build's back may have changed the spare.
        var held = _previous == null ? null : _spareAhead?.GetAwaiter().GetResult() ?? spare.ReadManifest();
        spare.MarkDirty();
        Step(CommitStep.SpareMarkedDirty);
        if (held != null)
        {
            SpareUpdate = spare.BringUpToDate(held, _next, _pending, PendingFolder, _output);
        }
        else
        {
            SiteTree.DeleteIfExists(spare.Folder);
            AssembleNewSite(spare.Folder);
        }
        SiteTree.DeleteIfExists(PendingFolder);
        Step(CommitStep.SpareHoldsNewSite);

        _next.Write(_nextManifestFile);
        Step(CommitStep.NextManifestWritten);
        var previousKept = Staged().SwapIn(spare.Folder);
        Step(CommitStep.Swapped);
        if (previousKept && _previous != null)
        {
            // The manifest read at the start describes the previous site, which is the spare now.
            spare.AdoptManifest(_manifestFile);
            Step(CommitStep.SpareManifestRotated);
            File.Move(_nextManifestFile, _manifestFile, overwrite: true);
            Step(CommitStep.ManifestRotated);
            return;
        }

        File.Move(_nextManifestFile, _manifestFile, overwrite: true);
        Step(CommitStep.ManifestRotated);
        // No previous site worth keeping (none, or not what the manifest said): the spare is made
        // from the new site, after the exchange so output/ is not kept waiting for it.
        SiteTree.DeleteIfExists(spare.Folder);
        Directory.CreateDirectory(spare.Folder);
        SiteTree.Assemble(spare.Folder, _next.Files.Keys, EmptyPending, PendingFolder, _output);
        spare.MarkWhole(_manifestFile);
        Step(CommitStep.SpareMade);
    }

    private static readonly IReadOnlySet<string> EmptyPending = new HashSet<string>();

    /// <summary>Today's commit where no spare can be kept: a whole tree staged, swapped in, the old site removed.</summary>
    private void CommitThroughStaging()
    {
        var staged = Staged();
        SiteTree.DeleteIfExists(staged.StagingFolder);
        AssembleNewSite(staged.StagingFolder);
        SiteTree.DeleteIfExists(PendingFolder);
        Step(CommitStep.SpareHoldsNewSite);
        _next.Write(_nextManifestFile);
        Step(CommitStep.NextManifestWritten);
        staged.Commit();
        Step(CommitStep.Swapped);
        File.Move(_nextManifestFile, _manifestFile, overwrite: true);
        Step(CommitStep.ManifestRotated);
    }

    /// <summary>Makes <paramref name="folder"/> (absent) the whole new site: the pending files, and links to output/'s unchanged ones.</summary>
    private void AssembleNewSite(string folder)
    {
        if (_previous == null)
        {
            Directory.Move(PendingFolder, folder); // every file was written
            return;
        }
        Directory.CreateDirectory(folder);
        SiteTree.Assemble(folder, _next.Files.Keys, _pending, PendingFolder, _output);
    }

    private StagedOutput Staged() => new(_output) { Exchange = Exchange };

    private void Step(CommitStep step) => AfterStepForTests?.Invoke(step);

    /// <summary>Drops what a failed build wrote; output/ and the manifest stay as they were.</summary>
    public void Abandon()
    {
        SiteTree.DeleteIfExists(PendingFolder);
        new StagedOutput(_output).Abandon();
    }
}

/// <summary>The steps of <see cref="IncrementalOutput.Commit"/> in order, for tests that stop a commit where a kill could.</summary>
internal enum CommitStep
{
    /// <summary>The spare's manifest is gone: the spare is no longer trusted.</summary>
    SpareMarkedDirty,
    /// <summary>The spare (or staging) folder holds the whole new site; the pending folder is gone.</summary>
    SpareHoldsNewSite,
    /// <summary><c>manifest.next</c> describes the new site.</summary>
    NextManifestWritten,
    /// <summary>output/ is the new site; the spare folder holds the previous one, if any.</summary>
    Swapped,
    /// <summary>The previous manifest has become the spare's.</summary>
    SpareManifestRotated,
    /// <summary><c>manifest.next</c> has become output/'s manifest.</summary>
    ManifestRotated,
    /// <summary>With no previous site to keep, the new one is linked into the spare and its manifest written.</summary>
    SpareMade,
}
