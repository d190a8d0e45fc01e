using System.Runtime.InteropServices;

namespace StaticNews.Output;

/// <summary>
/// Exchanges two directories in one step where the kernel allows it (Linux renameat2 with
/// RENAME_EXCHANGE), so a web server reading output/ sees either the old site or the new one,
/// never a moment with neither. Elsewhere it reports false and the caller falls back to two renames.
/// </summary>
internal static partial class AtomicDirectorySwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> (both existing) were exchanged.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
