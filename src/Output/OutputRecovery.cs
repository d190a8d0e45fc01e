using StaticNews.Caching;

namespace StaticNews.Output;

/// <summary>
/// Puts right what a build killed while committing left, before a new build writes anything: a
/// swap cut between its two renames is finished backwards (the previous site back as output/), a
/// staging folder is dropped, and a manifest left half rotated (<c>output.manifest.next</c> still
/// there) is dropped with output/'s manifest, so the next commit trusts neither and makes the site whole.
/// </summary>
public static class OutputRecovery
{
    public static void Recover(string output, BuildCache cache)
    {
        var staged = new StagedOutput(output);
        staged.RecoverInterruptedSwap();
        staged.Abandon(); // a staging folder a killed build left; the check would not trust output/ beside it
        if (File.Exists(cache.NextOutputManifestFile))
        {
            File.Delete(cache.NextOutputManifestFile);
            BuildCache.Forget(cache.OutputManifestFile);
        }
    }
}
