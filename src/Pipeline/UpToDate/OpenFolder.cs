using System.Runtime.InteropServices;
using System.Text;

namespace StaticNews.Pipeline.UpToDate;

/// <summary>
/// The folder a walk of the inputs is in, held open, to ask a plain file in it for its size and
/// write time by its name: one statx(2) relative to the folder. A walk's entry asked the same
/// (<see cref="System.IO.Enumeration.FileSystemEntry"/>'s attributes, length and write time) looks
/// the whole path up again and asks the system for the user's id besides, for a read-only flag the
/// walk does not use, for every one of the ten thousands of inputs.
/// Only a plain file is answered, with what .NET would say of it. A link (whose size and time
/// .NET gives as its target's), a file gone since it was listed, a name or folder that is not
/// valid UTF-8 (which .NET spells with U+FFFD, so it cannot be spelt back), and a system that
/// cannot answer (not Linux, a libc without statx, a kernel or sandbox that refuses it) get no
/// answer, and the walk asks .NET as it does everywhere else.
/// </summary>
internal sealed unsafe partial class OpenFolder : IDisposable
{
    private const int ReadOnlyAndClosedOnExec = 0x80000;   // O_RDONLY | O_CLOEXEC
    private const int LinkNotFollowed = 0x100;            // AT_SYMLINK_NOFOLLOW
    private const uint Fields = 0x1 | 0x40 | 0x200;       // STATX_TYPE | STATX_MTIME | STATX_SIZE
    private const int MaskOffset = 0, ModeOffset = 28, SizeOffset = 40, WrittenSecondsOffset = 112, WrittenNanosecondsOffset = 120;
    private const int RecordSize = 256;
    private const int NotPermitted = 1;                   // EPERM: a sandbox (seccomp) refusing the call
    private const int NoSuchCall = 38;                    // ENOSYS: a kernel older than statx
    private const int NameBytes = 1024;

    private static bool _missing = !OperatingSystem.IsLinux();

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static partial int Statx(int folder, byte* name, int flags, uint fields, byte* record);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int Open(byte* path, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);

    private string? _folder;
    private int _descriptor = -1;

    /// <summary>
    /// True, with the size and write time (UTC ticks, as <see cref="System.IO.Enumeration.FileSystemEntry.LastWriteTimeUtc"/>
    /// gives them) of the plain file <paramref name="name"/> in <paramref name="folder"/>; false
    /// when only .NET can say (see above).
    /// </summary>
    public bool TryPlainFile(ReadOnlySpan<char> folder, ReadOnlySpan<char> name, out long size, out long writtenTicks)
    {
        (size, writtenTicks) = (0, 0);
        if (_missing || name.Contains('\uFFFD') || Encoding.UTF8.GetMaxByteCount(name.Length) >= NameBytes) return false;
        if (!folder.SequenceEqual(_folder) && !Hold(folder)) return false;
        if (_descriptor < 0) return false;
        var spelt = stackalloc byte[NameBytes];
        spelt[Encoding.UTF8.GetBytes(name, new Span<byte>(spelt, NameBytes))] = 0;
        var record = stackalloc byte[RecordSize];
        try
        {
            if (Statx(_descriptor, spelt, LinkNotFollowed, Fields, record) != 0)
            {
                if (Marshal.GetLastPInvokeError() is NoSuchCall or NotPermitted) _missing = true;
                return false;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _missing = true;
            return false;
        }
        if ((*(uint*)(record + MaskOffset) & Fields) != Fields || (*(ushort*)(record + ModeOffset) & 0xF000) != 0x8000) return false;
        size = *(long*)(record + SizeOffset);
        // As .NET turns a file's time into a DateTimeOffset, so the ticks are the same to the last one.
        writtenTicks = DateTimeOffset.FromUnixTimeSeconds(*(long*)(record + WrittenSecondsOffset))
            .AddTicks(*(uint*)(record + WrittenNanosecondsOffset) / TimeSpan.NanosecondsPerTick).UtcTicks;
        return true;
    }

    /// <summary>Closes the folder held and opens <paramref name="folder"/>; false when the system cannot be asked at all.</summary>
    private bool Hold(ReadOnlySpan<char> folder)
    {
        Release();
        _folder = folder.ToString();
        if (folder.Contains('\uFFFD')) return true;
        var path = Encoding.UTF8.GetBytes(_folder + "\0");
        try
        {
            fixed (byte* spelt = path) _descriptor = Open(spelt, ReadOnlyAndClosedOnExec);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _missing = true;
            return false;
        }
        return true;
    }

    private void Release()
    {
        // A folder opened to be read: closing it loses nothing, whatever close says.
        if (_descriptor >= 0) _ = Close(_descriptor);
        _descriptor = -1;
    }

    public void Dispose() => Release();
}
