using System.Runtime.InteropServices;
using System.Text;

namespace StaticNews.Output;

/// <summary>
/// A file's length by its path, asked of the system (Linux statx) with no FileInfo and no string
/// made: the up-to-date check asks it of every file of output/, tens of thousands, while the build
/// goes on. statx's record has one layout on every Linux architecture (see <see cref="FileIdentity"/>).
/// Elsewhere, or where statx is missing, FileInfo answers.
/// </summary>
internal static unsafe partial class FileLength
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int StatxRecordSize = 256;
    private const int ModeOffset = 28;
    private const int SizeOffset = 40;
    private const int TypeMask = 0xF000;
    private const int Directory = 0x4000;

    private static bool _noStatx = !OperatingSystem.IsLinux();

    [LibraryImport("libc", EntryPoint = "statx")]
    private static partial int Statx(int dirFd, byte* path, int flags, uint mask, byte* buffer);

    /// <summary>
    /// The length of the file <paramref name="relative"/> ('/'-separated) names in
    /// <paramref name="folder"/>, or -1 where there is none or it is a folder: what
    /// <see cref="FileInfo.Exists"/> and <see cref="FileInfo.Length"/> say (a link is followed).
    /// </summary>
    public static long Of(string folder, string relative)
    {
        if (!_noStatx)
        {
            try
            {
                return ByStatx(folder, relative);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _noStatx = true;
            }
        }
        var info = new FileInfo(Path.Combine(folder, relative));
        return info.Exists ? info.Length : -1;
    }

    private static long ByStatx(string folder, string relative)
    {
        var length = Encoding.UTF8.GetMaxByteCount(folder.Length + 1 + relative.Length) + 1;
        var path = length <= 2048 ? stackalloc byte[length] : new byte[length];
        var at = Encoding.UTF8.GetBytes(folder, path);
        path[at++] = (byte)'/';
        at += Encoding.UTF8.GetBytes(relative, path[at..]);
        path[at] = 0;
        var record = stackalloc byte[StatxRecordSize];
        fixed (byte* name = path)
            if (Statx(AtFdCwd, name, 0, StatxType | StatxSize, record) != 0) return -1;
        return (*(ushort*)(record + ModeOffset) & TypeMask) == Directory ? -1 : *(long*)(record + SizeOffset);
    }
}
