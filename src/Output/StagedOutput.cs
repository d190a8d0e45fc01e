namespace StaticNews.Output;

/// <summary>
/// Writes a build into a staging folder beside <c>output/</c> and swaps it in only when the
/// build is complete: a failed or killed build leaves the previous site whole.
/// </summary>
public sealed class StagedOutput(string output)
{
    private readonly string _output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);

    public string StagingFolder => _output + ".staging";
    private string RetiredFolder => _output + ".old";

    /// <summary>Starts a fresh staging folder (removing what a killed build left behind).</summary>
    public void Begin()
    {
        RecoverInterruptedSwap();
        DeleteIfExists(StagingFolder);
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

    /// <summary>Replaces output/ with the staging folder.</summary>
    public void Commit()
    {
        if (Directory.Exists(_output) && AtomicDirectorySwap.TryExchange(StagingFolder, _output))
        {
            // The previous site now sits in the staging folder's place.
            DeleteIfExists(StagingFolder);
            return;
        }
        DeleteIfExists(RetiredFolder);
        if (Directory.Exists(_output)) Directory.Move(_output, RetiredFolder);
        Directory.Move(StagingFolder, _output);
        DeleteIfExists(RetiredFolder);
    }

    public void Abandon() => DeleteIfExists(StagingFolder);

    // Killed between the two renames of Commit: output/ is gone but the previous site is in
    // output.old/. Put it back before anything else happens.
    public void RecoverInterruptedSwap()
    {
        if (!Directory.Exists(_output) && Directory.Exists(RetiredFolder))
            Directory.Move(RetiredFolder, _output);
    }

    private static void DeleteIfExists(string folder)
    {
        if (!Directory.Exists(folder)) return;
        // A site is tens of thousands of folders: its top-level folders are removed a core each.
        Parallel.ForEach(Directory.EnumerateDirectories(folder), sub => Directory.Delete(sub, recursive: true));
        Directory.Delete(folder, recursive: true);
    }
}
