using StaticNews.Caching;

namespace StaticNews.Output;

/// <summary>
/// Makes a rendered build (<see cref="RenderedOutput"/>) output/ touching only what changed, with
/// the same guarantee as a full rewrite: output/ is at every moment either the whole previous site
/// or the whole new one.
///
/// The commit is double-buffered: beside output/ lies a spare tree, <c>output.spare/</c> (see
/// <see cref="SpareOutput"/>), holding the site as it was one build ago, recorded as its
/// difference from output/'s manifest (<see cref="SpareDifference"/>). The commit brings the
/// spare to the new site at the paths of that difference and those this build wrote or removed
/// (this build's files moved in, the previous build's linked from output/, files the site lost
/// unlinked), exchanges it with output/ in one step, and keeps the old output/ as the next spare,
/// whose difference from the new manifest is the old entries of the paths this build changed:
/// work in proportion to what the last two builds changed, where assembling and removing a whole
/// tree of hard links would cost a system call or two per file of the site. No file of output/ is
/// ever modified in place (the spare shares its inodes), so a killed build leaves it untouched.
/// When nothing changed, nothing is written but the manifest (keys may have changed).
///
/// With no spare to trust (the first build, output/ not what the manifest says, a spare left
/// dirty by a killed build or with a difference from another manifest), the spare's folder is
/// assembled whole from hard links to output/ and the pending files, as a staging folder; after
/// the exchange the previous site stays as the spare, or, with none to keep, the new site is
/// hard-linked into it, so the next build is cheap. Where the spare's folder cannot be proved to
/// lie on output/'s file system (or off Linux), the commit stages a whole tree in
/// <c>output.staging/</c> and removes the old site, keeping no spare.
///
/// The manifest of what output/ holds lives in the build cache. It is written as
/// <c>output.manifest.next</c> before the swap and renamed after it, so a build killed in between
/// leaves it behind; the next build then trusts neither (<see cref="OutputRecovery"/>) and rewrites all.
/// The spare's difference is missing from the moment the spare is first touched until, after the
/// rename, it is written relative to the new manifest.
/// </summary>
public sealed class OutputCommit(string output, BuildCache cache)
{
    private readonly string _output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
    private readonly string _manifestFile = cache.OutputManifestFile;
    private readonly string _nextManifestFile = cache.NextOutputManifestFile;
    private RenderedOutput? _rendered;
    private Task<ManifestLines>? _nextLines;

    private OutputManifest? Previous => _rendered!.Previous;
    private OutputManifest Next => _rendered!.Next;
    private string PendingFolder => _rendered!.PendingFolder;

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

    /// <summary>Makes the new build output/ (or leaves output/ alone when no byte changed).</summary>
    public void Commit(RenderedOutput rendered)
    {
        _rendered = rendered;
        // The new manifest's lines are made on the other core while the commit looks at what
        // changed and brings the spare up to date (all only read Next); the file is written at its step.
        _nextLines = rendered.NextLines;
        var spare = new SpareOutput(SpareFolder, cache);
        var removed = rendered.RemovedPaths();
        if (Previous != null && rendered.Written.Count == 0 && removed.Count == 0)
        {
            SiteTree.DeleteIfExists(PendingFolder);
            var kept = spare.ReadDifference(Previous);
            WriteNext(_manifestFile);
            // Same files, same bytes (keys alone may have changed): the spare differs from the new
            // manifest where it differed from the old one, and is told so after the manifest is whole.
            if (kept != null && kept.RelativeTo != Next.StoredHash) spare.MarkWhole(kept.From(Next.StoredHash!));
            return;
        }

        if (!FileIdentity.OnOneFileSystem(_output, spare.Folder) || !FileIdentity.OnOneFileSystem(PendingFolder, spare.Folder))
        {
            spare.Discard();
            CommitThroughStaging();
            return;
        }

        // The spare is worth bringing up to date only next to an output/ the manifest describes:
        // they share inodes, so whatever changed output/ behind the build's back may have changed the spare.
        var difference = Previous == null ? null : spare.ReadDifference(Previous);
        spare.MarkDirty();
        Step(CommitStep.SpareMarkedDirty);
        if (difference != null)
            SpareUpdate = spare.BringUpToDate(Previous!, difference, Next, rendered.Written, removed, PendingFolder, _output);
        else
        {
            SiteTree.DeleteIfExists(spare.Folder);
            AssembleNewSite(spare.Folder);
        }
        SiteTree.DeleteIfExists(PendingFolder);
        Step(CommitStep.SpareHoldsNewSite);

        WriteNext(_nextManifestFile);
        Step(CommitStep.NextManifestWritten);
        var previousKept = Staged().SwapIn(spare.Folder);
        Step(CommitStep.Swapped);
        File.Move(_nextManifestFile, _manifestFile, overwrite: true);
        Step(CommitStep.ManifestRotated);
        if (previousKept && Previous != null)
        {
            // The spare is the previous site now, which the new one differs from only where this build wrote or removed a file.
            spare.MarkWhole(SpareDifference.Behind(Previous, rendered.Written.Concat(removed), Next.StoredHash!));
            Step(CommitStep.SpareMarkedWhole);
            return;
        }

        // No previous site worth keeping (none, or not what the manifest said): the spare is made
        // from the new site, after the exchange so output/ is not kept waiting for it.
        SiteTree.DeleteIfExists(spare.Folder);
        Directory.CreateDirectory(spare.Folder);
        SiteTree.Assemble(spare.Folder, Next.AllPaths(), EmptyPending, PendingFolder, _output);
        spare.MarkWhole(SpareDifference.None(Next.StoredHash!));
        Step(CommitStep.SpareMarkedWhole);
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
        WriteNext(_nextManifestFile);
        Step(CommitStep.NextManifestWritten);
        staged.Commit();
        Step(CommitStep.Swapped);
        File.Move(_nextManifestFile, _manifestFile, overwrite: true);
        Step(CommitStep.ManifestRotated);
    }

    /// <summary>Makes <paramref name="folder"/> (absent) the whole new site: the pending files, and links to output/'s unchanged ones.</summary>
    private void AssembleNewSite(string folder)
    {
        if (Previous == null)
        {
            Directory.Move(PendingFolder, folder); // every file was written
            return;
        }
        Directory.CreateDirectory(folder);
        SiteTree.Assemble(folder, Next.AllPaths(), _rendered!.Written, PendingFolder, _output);
    }

    private void WriteNext(string file) => Next.Write(file, _nextLines!.GetAwaiter().GetResult());

    private StagedOutput Staged() => new(_output) { Exchange = Exchange };

    private void Step(CommitStep step) => AfterStepForTests?.Invoke(step);

    /// <summary>Drops what a failed build wrote beside <paramref name="output"/>; output/ and the manifest stay as they were.</summary>
    public static void Abandon(string output)
    {
        SiteTree.DeleteIfExists(PendingOutput.FolderFor(output));
        new StagedOutput(output).Abandon();
    }
}
