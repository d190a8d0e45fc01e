namespace StaticNews.Output;

/// <summary>
/// Keeps two builds from writing the same output at once. The lock is an exclusive handle on
/// <c>output.lock</c> beside the output folder; the operating system releases it when the
/// process ends, however it ends, so a killed build never leaves a stale lock behind.
/// </summary>
public sealed class BuildLock : IDisposable
{
    private readonly FileStream _handle;

    private BuildLock(FileStream handle) => _handle = handle;

    public static BuildLock Acquire(string output)
    {
        var path = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar) + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            return new BuildLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            throw new BuildLockedException($"another StaticNews build is already working on {output} (it holds {path}); wait for it to finish");
        }
    }

    public void Dispose() => _handle.Dispose();
}
