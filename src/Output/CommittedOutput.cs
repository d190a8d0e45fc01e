using StaticNews.Caching;
using StaticNews.Text;

namespace StaticNews.Output;

/// <summary>
/// output/ as the last commit left it, asked about without changing anything: what the up-to-date
/// check and the record need to know whether output/ is still that build's, and the manifest
/// a new build may trust to reuse its files.
/// </summary>
public static class CommittedOutput
{
    /// <summary>
    /// A hash of output/'s listing (see <see cref="OutputListing"/>), or null when a build was
    /// interrupted there. Equal listings, taken after a build and now, mean nobody added, removed
    /// or resized a file of output/ in between: one directory walk, no file read.
    /// </summary>
    public static string? ListingHash(string output, BuildCache cache)
        => CommitInterrupted(output, cache) ? null : OutputListing.Of(output);

    /// <summary>
    /// True when a build was killed between writing and committing (a next manifest, a pending or
    /// staging folder left behind) or output/ is missing: output/ and its manifest may not match.
    /// </summary>
    public static bool CommitInterrupted(string output, BuildCache cache)
    {
        output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return File.Exists(cache.NextOutputManifestFile) || Directory.Exists(PendingOutput.FolderFor(output))
            || Directory.Exists(new StagedOutput(output).StagingFolder) || !Directory.Exists(output);
    }

    /// <summary>The hash of the manifest file's bytes, or null when there is none.</summary>
    public static string? ManifestHash(BuildCache cache)
    {
        var manifestFile = cache.OutputManifestFile;
        return File.Exists(manifestFile) ? ContentHash.OfFile(manifestFile) : null;
    }

    /// <summary>
    /// output/'s manifest when it describes output/ (null on a first build, or when output/ is not
    /// what the last build left). Call after <see cref="OutputRecovery.Recover"/>.
    /// </summary>
    /// <param name="checkedManifest">
    /// The manifest as the caller read it and proved it describes output/ (the up-to-date check
    /// compares the manifest's hash and output/'s listing with the record), so it is neither read
    /// nor walked again; null to have it read and checked here.
    /// </param>
    public static OutputManifest? TrustedManifest(string output, BuildCache cache, OutputManifest? checkedManifest = null)
    {
        if (checkedManifest != null && File.Exists(cache.OutputManifestFile)) return checkedManifest;
        var previous = OutputManifest.TryRead(cache.OutputManifestFile);
        return previous != null && previous.Describes(output) ? previous : null;
    }
}
