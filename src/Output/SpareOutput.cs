using StaticNews.Caching;

namespace StaticNews.Output;

/// <summary>
/// The site as output/ held it one build ago, kept beside it (<c>output.spare/</c>) so the next
/// commit can bring it up to date and exchange it in, instead of assembling a whole new tree.
///
/// Its difference from output/'s manifest (<see cref="SpareDifference"/>, <c>spare.difference</c>
/// in the cache folder) describes it exactly, and is its only proof of being whole: it is deleted
/// before the spare is touched and written again only when the spare is a whole site once more,
/// so a build killed in between leaves a spare with no difference, which the next commit
/// discards. It names the output manifest it is relative to, and is trusted only beside exactly
/// that manifest. output/ and the spare share the inodes of every file the last build did not
/// write: the spare is changed only by renaming new files into place, linking and unlinking,
/// never by writing through a path.
///
/// Like the cache, the spare is the build's own and is not walked to be verified (that walk would
/// cost what the spare saves). Hand edits are still caught where output/'s are (by a changed
/// listing): an edit to a file shared with output/ changes output/, and the spare is never used
/// beside an output/ the build does not trust; a file of the spare's own (one the last build
/// wrote) is always replaced; a file removed from or added to the spare by hand reaches output/
/// with the exchange, and the next build's check, finding output/'s listing changed, rebuilds it.
/// </summary>
internal sealed class SpareOutput(string folder, BuildCache cache)
{
    public string Folder { get; } = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);

    public string DifferenceFile { get; } = cache.SpareDifferenceFile;

    /// <summary>
    /// What the spare holds, as its difference from <paramref name="output"/> (output/'s trusted
    /// manifest), or null when there is no spare, it cannot be proved whole, or its difference is
    /// from another manifest.
    /// </summary>
    public SpareDifference? ReadDifference(OutputManifest output)
        => output.StoredHash is { } hash && Directory.Exists(Folder) && SpareDifference.TryRead(DifferenceFile) is { } difference
           && difference.RelativeTo == hash ? difference : null;

    /// <summary>From here on the spare is not trusted, until <see cref="MarkWhole"/>.</summary>
    public void MarkDirty()
    {
        BuildCache.Forget(DifferenceFile);
        BuildCache.Forget(cache.ReplacedSpareManifestFile); // as large as output/'s manifest, and read by nothing
    }

    /// <summary>Records that the spare now holds exactly what <paramref name="difference"/> says.</summary>
    public void MarkWhole(SpareDifference difference) => difference.Write(DifferenceFile);

    public void Discard()
    {
        MarkDirty();
        SiteTree.DeleteIfExists(Folder);
    }

    /// <summary>
    /// Brings the spare, which holds <paramref name="previous"/> (output/'s site) changed by
    /// <paramref name="difference"/>, to <paramref name="next"/>. Only the paths of the difference,
    /// and those this build wrote (<paramref name="written"/>) or removed (<paramref name="removed"/>),
    /// are looked at: at every other path the spare, output/ and the new site hold the same bytes.
    /// Files the new site lacks are unlinked (and folders they leave empty removed), files written
    /// this build are moved in from <paramref name="pendingFolder"/>, and files the spare holds
    /// other bytes of are linked from <paramref name="output"/>, which holds the new bytes of
    /// every file this build did not write.
    /// </summary>
    public SpareUpdate BringUpToDate(OutputManifest previous, SpareDifference difference, OutputManifest next,
        IReadOnlySet<string> written, IReadOnlyList<string> removed, string pendingFolder, string output)
    {
        var paths = new HashSet<string>(difference.AllPaths(), StringComparer.Ordinal);
        paths.UnionWith(written);
        paths.UnionWith(removed);

        var deleted = 0;
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (next.Files.ContainsKey(path) || !difference.TryGetHeld(previous, path, out _)) continue;
            var stale = SafeOutputPath.Resolve(Folder, path);
            File.Delete(stale);
            emptied.Add(Path.GetDirectoryName(stale)!);
            deleted++;
        }
        RemoveEmptyFolders(emptied);

        int moved = 0, linked = 0;
        var folders = new FolderMaker();
        foreach (var path in paths)
        {
            if (!next.Files.TryGetValue(path, out var entry)) continue;
            var moveIn = written.Contains(path);
            if (!moveIn && difference.TryGetHeld(previous, path, out var held) && held.Size == entry.Size && held.Hash == entry.Hash) continue;
            var target = SafeOutputPath.Resolve(Folder, path);
            folders.MakeFor(target);
            // The spare's copy may be a link to a file of output/: replace its name, never write
            // through it. A rename puts the new file in its place in one step; a link needs the
            // name free first.
            if (moveIn)
            {
                FileRename.Replace(SafeOutputPath.Resolve(pendingFolder, path), target);
                moved++;
            }
            else
            {
                File.Delete(target);
                HardLink.CreateOrCopy(SafeOutputPath.Resolve(output, path), target);
                linked++;
            }
        }
        return new SpareUpdate(moved, linked, deleted, paths.Count);
    }

    /// <summary>Removes each folder that no longer holds anything, and its parents that then hold nothing, up to the spare's root.</summary>
    private void RemoveEmptyFolders(IEnumerable<string> folders)
    {
        foreach (var start in folders.OrderByDescending(f => f.Length))
            for (var folder = start; folder.Length > Folder.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any();
                 folder = Path.GetDirectoryName(folder)!)
                Directory.Delete(folder);
    }
}

/// <summary>
/// What bringing the spare up to date did: files moved in from the pending folder, linked from
/// output/, and deleted, out of the paths it looked at (<see cref="Examined"/>: those that may
/// have changed, not the site's).
/// </summary>
internal readonly record struct SpareUpdate(int Moved, int Linked, int Deleted, int Examined);
