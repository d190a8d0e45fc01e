namespace StaticNews.Output;

/// <summary>The steps of <see cref="OutputCommit.Commit"/> in order, for tests that stop a commit where a kill could.</summary>
internal enum CommitStep
{
    /// <summary>The spare's difference is gone: the spare is no longer trusted.</summary>
    SpareMarkedDirty,
    /// <summary>The spare (or staging) folder holds the whole new site; the pending folder is gone.</summary>
    SpareHoldsNewSite,
    /// <summary><c>manifest.next</c> describes the new site.</summary>
    NextManifestWritten,
    /// <summary>output/ is the new site; the spare folder holds the previous one, if any.</summary>
    Swapped,
    /// <summary><c>manifest.next</c> has become output/'s manifest.</summary>
    ManifestRotated,
    /// <summary>
    /// The spare's difference from the new manifest is written: the spare (the previous site, or,
    /// with none to keep, the new site linked into it) is trusted again.
    /// </summary>
    SpareMarkedWhole,
}
