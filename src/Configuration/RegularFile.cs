using System.Numerics;
using System.Runtime.InteropServices;

namespace StaticNews.Configuration;

/// <summary>
/// Input files are read only when they are regular files. A named pipe (FIFO) blocks whoever
/// opens it until something writes to it, so a FIFO named <c>x.txt</c> in input/seeds/ would hang
/// the build forever; a device can be read without end. .NET (before 11) has no public way to ask
/// a file's type without opening it, so this asks the runtime's own native shim (libSystem.Native,
/// shipped with every .NET runtime and linked into a native build) for the file's status.
/// </summary>
public static partial class RegularFile
{
    /// <summary>What the file is when it is not a regular file ("a named pipe (FIFO)"), else null; a link is followed.</summary>
    public static string? WhyNot(string path)
    {
        if (OperatingSystem.IsWindows()) return Directory.Exists(path) ? "a folder" : null;
        int result;
        FileStatus status;
        try
        {
            result = Stat(path, out status);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without the shim: fall back to what .NET itself can tell.
            return Directory.Exists(path) ? "a folder" : null;
        }
        if (result != 0) return null; // gone or unreadable: the read that follows says so
        return (status.Mode & TypeMask) switch
        {
            Regular => null,
            Directory_ => "a folder",
            Fifo => "a named pipe (FIFO)",
            Socket => "a socket",
            CharacterDevice or BlockDevice => "a device",
            _ => "not a regular file",
        };
    }

    // The largest buffer a thread keeps between reads: article and seed files are kilobytes, and a
    // rare large file should not stay in memory for the rest of the build.
    private const int KeptBufferBytes = 1 << 20;

    [ThreadStatic] private static byte[]? t_buffer;

    /// <summary>
    /// The file's bytes, in a buffer of the calling thread's that its next read reuses: the segment
    /// is valid until then. A file that is not a regular file is not opened but refused with an
    /// <see cref="IOException"/> saying what it is. A build without a record
    /// reads every input once to hash it, and an array per file was fresh memory each time (the
    /// system clears every page a process touches first).
    /// </summary>
    public static ArraySegment<byte> ReadReusing(string path)
    {
        if (WhyNot(path) is { } what) throw new NotARegularFileException(what);
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength) throw new IOException($"{path} is too large to read");
        // One byte more than the file holds, so the read that finds its end needs no larger buffer.
        var buffer = t_buffer is { } kept && kept.Length > length ? kept
            : new byte[length < KeptBufferBytes ? Math.Max(4096, (int)BitOperations.RoundUpToPowerOf2((uint)length + 1)) : (int)Math.Min(length + 1, Array.MaxLength)];
        var read = 0;
        while (true)
        {
            var got = RandomAccess.Read(handle, buffer.AsSpan(read), read);
            if (got == 0) break;
            read += got;
            if (read < buffer.Length) continue;
            // A file that grew while it was read: read on to its end, as File.ReadAllBytes does.
            if (buffer.Length == Array.MaxLength) throw new IOException($"{path} is too large to read");
            Array.Resize(ref buffer, (int)Math.Min(2L * buffer.Length, Array.MaxLength));
        }
        if (buffer.Length <= KeptBufferBytes) t_buffer = buffer;
        return new ArraySegment<byte>(buffer, 0, read);
    }

    // The shim's file types (pal_io.h), the same on every system it runs on.
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory_ = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    // The shim's FileStatus begins with Flags and Mode; the rest is room for every field it has
    // (and a few it may gain), so the call never writes past the struct.
    [StructLayout(LayoutKind.Sequential)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
        public long Rest0, Rest1, Rest2, Rest3, Rest4, Rest5, Rest6, Rest7, Rest8, Rest9, Rest10, Rest11, Rest12, Rest13, Rest14, Rest15, Rest16, Rest17, Rest18, Rest19;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, out FileStatus status);
}
