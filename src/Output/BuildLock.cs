using System.Runtime.InteropServices;

namespace StaticNews.Output;

/// <summary>
/// Keeps two builds from writing the same output at once. The lock is an exclusive handle on
/// <c>output.lock</c> beside the output folder; the operating system releases it when the
/// process ends, however it ends, so a killed build never leaves a stale lock behind.
///
/// On Windows the handle's sharing mode is the lock. Elsewhere the lock is an exclusive
/// <c>flock</c> taken here on the handle, not left to <see cref="FileStream"/>: the tool turns off
/// the advisory lock .NET takes on every file it opens (<c>System.IO.DisableFileLocking</c> in
/// StaticNews.csproj), which cost two system calls a file for nothing while this lock keeps every
/// other build away. It is the same <c>flock</c> .NET takes, so a build of any version refuses
/// another of any version.
/// </summary>
public sealed partial class BuildLock : IDisposable
{
    private const int Exclusive = 2; // LOCK_EX
    private const int NoWait = 4; // LOCK_NB

    private readonly FileStream _handle;

    private BuildLock(FileStream handle) => _handle = handle;

    public static BuildLock Acquire(string output)
    {
        var path = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar) + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream handle;
        try
        {
            handle = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw Held(output, path);
        }
        if (OperatingSystem.IsWindows() || TryLock(handle)) return new BuildLock(handle);
        handle.Dispose();
        throw Held(output, path);
    }

    public void Dispose() => _handle.Dispose();

    private static BuildLockedException Held(string output, string path)
        => new($"another StaticNews build is already working on {output} (it holds {path}); wait for it to finish");

    // False only when another handle holds the lock. A file system that cannot lock at all lets
    // the build go on, as .NET's own lock did: the lock guards against a mistake, not an adversary.
    private static bool TryLock(FileStream handle)
    {
        if (Flock((int)handle.SafeFileHandle.DangerousGetHandle(), Exclusive | NoWait) == 0) return true;
        var wouldBlock = OperatingSystem.IsLinux() ? 11 : 35; // EWOULDBLOCK: Linux, and macOS and the BSDs
        return Marshal.GetLastPInvokeError() != wouldBlock;
    }

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int descriptor, int operation);
}
