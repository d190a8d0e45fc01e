using System.Runtime.InteropServices;

namespace StaticNews.Output;

/// <summary>
/// Which file system a path lies on and which inode it names, read with Linux statx. The spare
/// output is exchanged with output/ and shares inodes with it, which works only on one file
/// system: this is how the build proves that before relying on it. statx's record has one layout
/// on every Linux architecture (stat's does not), so it can be read by offset.
/// </summary>
internal static partial class FileIdentity
{
    public readonly record struct Id(ulong Device, ulong Inode, uint Links);

    private const int AtFdCwd = -100;
    private const uint StatxIno = 0x100;
    private const uint StatxNlink = 0x4;
    private const int StatxSize = 256;
    private const int NlinkOffset = 16;
    private const int InoOffset = 32;
    private const int DevMajorOffset = 136;
    private const int DevMinorOffset = 140;

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int dirFd, string path, int flags, uint mask, byte* buffer);

    /// <summary>The identity of the file or folder at <paramref name="path"/>, or null where it is missing or statx is not available.</summary>
    public static unsafe Id? Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var buffer = stackalloc byte[StatxSize];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxIno | StatxNlink, buffer) != 0) return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        var major = *(uint*)(buffer + DevMajorOffset);
        var minor = *(uint*)(buffer + DevMinorOffset);
        return new Id(((ulong)major << 32) | minor, *(ulong*)(buffer + InoOffset), *(uint*)(buffer + NlinkOffset));
    }

    /// <summary>
    /// True only when both folders are proved to lie on one file system (neither is a mount of
    /// its own). A folder that does not exist yet is judged by the folder it will be made in.
    /// </summary>
    public static bool OnOneFileSystem(string a, string b)
        => DeviceOfFolderOrParent(a) is { } first && DeviceOfFolderOrParent(b) is { } second && first == second;

    private static ulong? DeviceOfFolderOrParent(string folder)
    {
        for (var path = Path.GetFullPath(folder); path != null; path = Path.GetDirectoryName(path))
            if (Of(path) is { } id) return id.Device;
        return null;
    }
}
