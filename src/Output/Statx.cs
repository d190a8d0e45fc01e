using System.Runtime.InteropServices;
using System.Text;

namespace StaticNews.Output;

/// <summary>
/// A file's record as Linux statx(2) gives it, for a path: the one place the build asks the
/// system directly (<see cref="FileIdentity"/>, <see cref="FileLengths"/>, and the check's walk
/// of the inputs). statx's record has
/// one layout on every Linux architecture (stat's does not), so its fields are read by offset.
/// The path is spelt as UTF-8 into a stack buffer: no string is made per file asked about. A
/// path may be asked about inside an open <see cref="Folder"/>: the system then walks only the
/// part of it inside that folder, not the folders above it again for every file.
/// </summary>
internal static unsafe partial class Statx
{
    public const uint TypeField = 0x1;
    public const uint LinksField = 0x4;
    public const uint WrittenField = 0x40;
    public const uint InodeField = 0x100;
    public const uint SizeField = 0x200;

    public const int FieldsOffset = 0;
    public const int LinksOffset = 16;
    public const int ModeOffset = 28;
    public const int InodeOffset = 32;
    public const int SizeOffset = 40;
    public const int WrittenSecondsOffset = 112;
    public const int WrittenNanosecondsOffset = 120;
    public const int DevMajorOffset = 136;
    public const int DevMinorOffset = 140;

    private const int RecordSize = 256;
    private const int AtFdCwd = -100;
    private const int LinkNotFollowed = 0x100; // AT_SYMLINK_NOFOLLOW

    // O_RDONLY | O_CLOEXEC: one value on x64, arm64 and every other architecture .NET runs Linux on.
    private const int OpenForReading = 0x80000;

    private static bool _missing = !OperatingSystem.IsLinux();

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static partial int Call(int dirFd, byte* path, int flags, uint mask, byte* record);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int Open(byte* path, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int CloseDescriptor(int descriptor);

    /// <summary>An open folder, whose files are asked about by their path inside it.</summary>
    public sealed class Folder : SafeHandle
    {
        internal Folder(int descriptor) : base(-1, ownsHandle: true) => SetHandle(descriptor);

        public override bool IsInvalid => handle == -1;

        protected override bool ReleaseHandle() => CloseDescriptor((int)handle) == 0;
    }

    /// <summary>
    /// <paramref name="folder"/> opened to ask about the files in it, or null where it cannot be
    /// (not Linux, no such folder, no right to read it): the caller asks by whole paths instead.
    /// </summary>
    public static Folder? TryOpen(string folder)
    {
        if (_missing) return null;
        var length = Encoding.UTF8.GetMaxByteCount(folder.Length) + 1;
        var path = length <= 2048 ? stackalloc byte[length] : new byte[length];
        path[Encoding.UTF8.GetBytes(folder, path)] = 0;
        try
        {
            fixed (byte* name = path)
            {
                var descriptor = Open(name, OpenForReading);
                return descriptor < 0 ? null : new Folder(descriptor);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A record read: its bytes, to be read at the offsets above.</summary>
    public readonly ref struct Record(ReadOnlySpan<byte> record)
    {
        private readonly ReadOnlySpan<byte> bytes = record;

        /// <summary>Which of the fields asked for the system filled in.</summary>
        public uint Fields => MemoryMarshal.Read<uint>(bytes[FieldsOffset..]);
        public ushort Mode => MemoryMarshal.Read<ushort>(bytes[ModeOffset..]);
        public uint Links => MemoryMarshal.Read<uint>(bytes[LinksOffset..]);
        public ulong Inode => MemoryMarshal.Read<ulong>(bytes[InodeOffset..]);
        public long Size => MemoryMarshal.Read<long>(bytes[SizeOffset..]);
        public ulong Device => ((ulong)MemoryMarshal.Read<uint>(bytes[DevMajorOffset..]) << 32) | MemoryMarshal.Read<uint>(bytes[DevMinorOffset..]);
        public bool IsFolder => (Mode & 0xF000) == 0x4000;
        public bool IsPlainFile => (Mode & 0xF000) == 0x8000;

        /// <summary>The last write time in UTC ticks, turned as .NET turns a file's time into a DateTimeOffset, so the ticks are the same to the last one.</summary>
        public long WrittenTicks => DateTimeOffset.FromUnixTimeSeconds(MemoryMarshal.Read<long>(bytes[WrittenSecondsOffset..]))
            .AddTicks(MemoryMarshal.Read<uint>(bytes[WrittenNanosecondsOffset..]) / TimeSpan.NanosecondsPerTick).UtcTicks;
    }

    /// <summary>What asking for a path's record gave.</summary>
    public enum Answer
    {
        /// <summary>The record was read.</summary>
        Read,
        /// <summary>There is no file at the path (or a folder on the way is none).</summary>
        NoSuchFile,
        /// <summary>
        /// statx could not answer: not Linux, a libc without it, a kernel or sandbox that refuses it,
        /// or any other error. The caller asks .NET instead.
        /// </summary>
        NotAsked,
    }

    private const int NoEntry = 2;       // ENOENT
    private const int NotAFolder = 20;   // ENOTDIR
    private const int NotPermitted = 1;  // EPERM: a sandbox (seccomp) refusing the call
    private const int NoSuchCall = 38;   // ENOSYS: a kernel older than statx

    /// <summary>
    /// Reads the record of <paramref name="folder"/>/<paramref name="relative"/> (or of
    /// <paramref name="folder"/> alone when <paramref name="relative"/> is null; a link is followed)
    /// into <paramref name="record"/>, which must hold 256 bytes.
    /// </summary>
    public static Answer TryRead(string folder, string? relative, uint fields, Span<byte> record)
    {
        if (_missing) return Answer.NotAsked;
        var length = Encoding.UTF8.GetMaxByteCount(folder.Length + 1 + (relative?.Length ?? 0)) + 1;
        var path = length <= 2048 ? stackalloc byte[length] : new byte[length];
        var at = Encoding.UTF8.GetBytes(folder, path);
        if (relative != null)
        {
            path[at++] = (byte)'/';
            at += Encoding.UTF8.GetBytes(relative, path[at..]);
        }
        path[at] = 0;
        return Ask(AtFdCwd, path, 0, fields, record);
    }

    /// <summary>
    /// Reads the record of <paramref name="relative"/> inside <paramref name="folder"/> as
    /// <see cref="TryRead(string, string?, uint, Span{byte})"/> does: the same path, as if joined
    /// with a '/' (so a leading '/' stays inside the folder too).
    /// </summary>
    public static Answer TryRead(Folder folder, string relative, uint fields, Span<byte> record)
        => TryRead(folder, relative, fields, record, followLink: true);

    /// <summary>
    /// As <see cref="TryRead(Folder, string, uint, Span{byte})"/>, for a name or path given as
    /// characters; with <paramref name="followLink"/> false a link's own record is read, not its target's.
    /// </summary>
    public static Answer TryRead(Folder folder, ReadOnlySpan<char> relative, uint fields, Span<byte> record, bool followLink)
    {
        if (_missing) return Answer.NotAsked;
        var inside = relative.TrimStart('/');
        if (inside.IsEmpty) inside = ".";
        var length = Encoding.UTF8.GetMaxByteCount(inside.Length) + 1;
        var path = length <= 2048 ? stackalloc byte[length] : new byte[length];
        path[Encoding.UTF8.GetBytes(inside, path)] = 0;
        var added = false;
        try
        {
            folder.DangerousAddRef(ref added);
            return Ask((int)folder.DangerousGetHandle(), path, followLink ? 0 : LinkNotFollowed, fields, record);
        }
        finally
        {
            if (added) folder.DangerousRelease();
        }
    }

    private static Answer Ask(int dirFd, ReadOnlySpan<byte> path, int flags, uint fields, Span<byte> record)
    {
        if (record.Length < RecordSize) throw new ArgumentException("a statx record takes 256 bytes", nameof(record));
        try
        {
            fixed (byte* name = path)
            fixed (byte* into = record)
                if (Call(dirFd, name, flags, fields, into) == 0) return Answer.Read;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _missing = true;
            return Answer.NotAsked;
        }
        var error = Marshal.GetLastPInvokeError();
        if (error is NoSuchCall or NotPermitted) _missing = true;
        return error is NoEntry or NotAFolder ? Answer.NoSuchFile : Answer.NotAsked;
    }
}
