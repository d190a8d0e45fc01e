namespace StaticNews.Output;

/// <summary>
/// Swaps a complete new tree in for <c>output/</c> only when the build is complete: a failed or
/// killed build leaves the previous site whole. The swap is one exchange where the kernel allows
/// it (<see cref="AtomicDirectorySwap"/>), else two renames through <c>output.old/</c>,
/// recovered at the next start when a build is killed between them.
/// </summary>
public sealed class StagedOutput(string output)
{
    private readonly string _output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);

    public string StagingFolder => _output + ".staging";
    private string RetiredFolder => _output + ".old";

    /// <summary>How two folders are exchanged; a test puts in one that fails, as on a system without renameat2.</summary>
    internal Func<string, string, bool> Exchange { get; init; } = AtomicDirectorySwap.TryExchange;

    /// <summary>Starts a fresh staging folder (removing what a killed build left behind).</summary>
    public void Begin()
    {
        RecoverInterruptedSwap();
        SiteTree.DeleteIfExists(StagingFolder);
        Directory.CreateDirectory(StagingFolder);
    }

    public void Write(IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            var path = SafeOutputPath.Resolve(StagingFolder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
    }

    /// <summary>Replaces output/ with the staging folder and removes the previous site.</summary>
    public void Commit()
    {
        SwapIn(StagingFolder);
        SiteTree.DeleteIfExists(StagingFolder);
    }

    /// <summary>
    /// Makes the complete tree at <paramref name="incoming"/> output/. Returns true when there
    /// was a previous site: it is then at <paramref name="incoming"/>, whole, for the caller to
    /// keep or remove.
    /// </summary>
    public bool SwapIn(string incoming)
    {
        if (!Directory.Exists(_output))
        {
            Directory.Move(incoming, _output);
            return false;
        }
        if (Exchange(incoming, _output)) return true;
        SiteTree.DeleteIfExists(RetiredFolder);
        Directory.Move(_output, RetiredFolder);
        Directory.Move(incoming, _output);
        Directory.Move(RetiredFolder, incoming);
        return true;
    }

    public void Abandon() => SiteTree.DeleteIfExists(StagingFolder);

    // Killed between the first two renames of SwapIn: output/ is gone but the previous site is
    // in output.old/. Put it back before anything else happens. Killed after the second, the
    // new site is output/ and output.old/ is left over.
    public void RecoverInterruptedSwap()
    {
        if (!Directory.Exists(_output) && Directory.Exists(RetiredFolder))
            Directory.Move(RetiredFolder, _output);
        else SiteTree.DeleteIfExists(RetiredFolder);
    }
}
