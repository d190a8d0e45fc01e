using System.Runtime.InteropServices;

namespace StaticNews.Output;

/// <summary>
/// Moves a file to a name in the same file system, replacing what that name held, in one step:
/// rename(2) where the system has it. <see cref="File.Move(string, string, bool)"/> asks about the
/// source first (to refuse a folder), a system call per file moved into a site for nothing: what
/// is moved here is always a file the build wrote.
/// </summary>
internal static partial class FileRename
{
    public static void Replace(string source, string target)
    {
        if (!OperatingSystem.IsWindows() && UnixRename(source, target) == 0) return;
        // Anything rename(2) refuses (another file system, a missing source) goes the framework's
        // way, which copies or says what went wrong.
        File.Move(source, target, overwrite: true);
    }

    [LibraryImport("libc", EntryPoint = "rename", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int UnixRename(string oldPath, string newPath);
}
