using System.Runtime.InteropServices;
using System.Text;

namespace StaticNews.Output;

/// <summary>
/// A file's record as Linux statx(2) gives it, for a path: the one place the build asks the
/// system directly (<see cref="FileIdentity"/>, <see cref="FileLength"/>). statx's record has
/// one layout on every Linux architecture (stat's does not), so its fields are read by offset.
/// The path is spelt as UTF-8 into a stack buffer: no string is made per file asked about.
/// </summary>
internal static unsafe partial class Statx
{
    public const uint TypeField = 0x1;
    public const uint LinksField = 0x4;
    public const uint InodeField = 0x100;
    public const uint SizeField = 0x200;

    public const int LinksOffset = 16;
    public const int ModeOffset = 28;
    public const int InodeOffset = 32;
    public const int SizeOffset = 40;
    public const int DevMajorOffset = 136;
    public const int DevMinorOffset = 140;

    private const int RecordSize = 256;
    private const int AtFdCwd = -100;

    private static bool _missing = !OperatingSystem.IsLinux();

    [LibraryImport("libc", EntryPoint = "statx")]
    private static partial int Call(int dirFd, byte* path, int flags, uint mask, byte* record);

    /// <summary>A record read: its bytes, to be read at the offsets above.</summary>
    public readonly ref struct Record(ReadOnlySpan<byte> record)
    {
        private readonly ReadOnlySpan<byte> bytes = record;

        public ushort Mode => MemoryMarshal.Read<ushort>(bytes[ModeOffset..]);
        public uint Links => MemoryMarshal.Read<uint>(bytes[LinksOffset..]);
        public ulong Inode => MemoryMarshal.Read<ulong>(bytes[InodeOffset..]);
        public long Size => MemoryMarshal.Read<long>(bytes[SizeOffset..]);
        public ulong Device => ((ulong)MemoryMarshal.Read<uint>(bytes[DevMajorOffset..]) << 32) | MemoryMarshal.Read<uint>(bytes[DevMinorOffset..]);
        public bool IsFolder => (Mode & 0xF000) == 0x4000;
    }

    /// <summary>False where statx cannot be asked (not Linux, or a libc without it): callers then ask .NET.</summary>
    public static bool Available => !_missing;

    /// <summary>
    /// Reads the record of <paramref name="folder"/>/<paramref name="relative"/> (or of
    /// <paramref name="folder"/> alone when <paramref name="relative"/> is null; a link is followed)
    /// into <paramref name="record"/>, which must hold 256 bytes. False where there is no such file,
    /// or statx is not available (see <see cref="Available"/>).
    /// </summary>
    public static bool TryRead(string folder, string? relative, uint fields, Span<byte> record)
    {
        if (_missing) return false;
        var length = Encoding.UTF8.GetMaxByteCount(folder.Length + 1 + (relative?.Length ?? 0)) + 1;
        var path = length <= 2048 ? stackalloc byte[length] : new byte[length];
        var at = Encoding.UTF8.GetBytes(folder, path);
        if (relative != null)
        {
            path[at++] = (byte)'/';
            at += Encoding.UTF8.GetBytes(relative, path[at..]);
        }
        path[at] = 0;
        if (record.Length < RecordSize) throw new ArgumentException("a statx record takes 256 bytes", nameof(record));
        try
        {
            fixed (byte* name = path)
            fixed (byte* into = record)
                return Call(AtFdCwd, name, 0, fields, into) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _missing = true;
            return false;
        }
    }
}
