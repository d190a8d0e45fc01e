using System.Runtime.InteropServices;

namespace StaticNews.Output;

/// <summary>
/// Hard links: a second name for a file's bytes, made without copying them. The spare output
/// (and, where there is none, a staging folder) gets links to files of output/, so it is a whole
/// site at the cost of one system call per file it lacks. Where links are not possible (another
/// file system, no support), the file is copied into a new file instead: never written through.
/// </summary>
internal static partial class HardLink
{
    public static void CreateOrCopy(string existing, string link)
    {
        if (OperatingSystem.IsWindows() ? CreateHardLinkW(link, existing, IntPtr.Zero) : UnixLink(existing, link) == 0) return;
        File.Copy(existing, link, overwrite: false);
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int UnixLink(string oldPath, string newPath);

    [LibraryImport("kernel32.dll", StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string newPath, string existingPath, IntPtr securityAttributes);
}
