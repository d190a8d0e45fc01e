using StaticNews.Output;

namespace StaticNews.Pipeline.UpToDate;

/// <summary>
/// The folder a walk of the inputs is in, held open, to ask a plain file in it for its size and
/// write time by its name: one statx(2) relative to the folder (<see cref="Statx"/>). A walk's
/// entry asked the same (<see cref="System.IO.Enumeration.FileSystemEntry"/>'s attributes, length
/// and write time) looks the whole path up again and asks the system for the user's id besides,
/// for a read-only flag the walk does not use, for every one of the ten thousands of inputs.
/// Only a plain file is answered, with what .NET would say of it. A link (whose size and time
/// .NET gives as its target's), a file gone since it was listed, a name or folder that is not
/// valid UTF-8 (which .NET spells with U+FFFD, so it cannot be spelt back), and a system that
/// cannot answer (not Linux, a libc without statx, a kernel or sandbox that refuses it) get no
/// answer, and the walk asks .NET as it does everywhere else.
/// </summary>
internal sealed class OpenFolder : IDisposable
{
    private const uint Fields = Statx.TypeField | Statx.WrittenField | Statx.SizeField;

    private string? _folder;
    private Statx.Folder? _open;

    /// <summary>
    /// True, with the size and write time (UTC ticks, as <see cref="System.IO.Enumeration.FileSystemEntry.LastWriteTimeUtc"/>
    /// gives them) of the plain file <paramref name="name"/> in <paramref name="folder"/>; false
    /// when only .NET can say (see above).
    /// </summary>
    public bool TryPlainFile(ReadOnlySpan<char> folder, ReadOnlySpan<char> name, out long size, out long writtenTicks)
    {
        (size, writtenTicks) = (0, 0);
        if (name.Contains('\uFFFD') || name.Contains('/')) return false;
        if (!folder.SequenceEqual(_folder)) Hold(folder);
        if (_open == null) return false;
        Span<byte> bytes = stackalloc byte[256];
        if (Statx.TryRead(_open, name, Fields, bytes, followLink: false) != Statx.Answer.Read) return false;
        var record = new Statx.Record(bytes);
        if ((record.Fields & Fields) != Fields || !record.IsPlainFile) return false;
        (size, writtenTicks) = (record.Size, record.WrittenTicks);
        return true;
    }

    /// <summary>Lets the folder held go and opens <paramref name="folder"/>, unless its name cannot be spelt back.</summary>
    private void Hold(ReadOnlySpan<char> folder)
    {
        Release();
        _folder = folder.ToString();
        if (!folder.Contains('\uFFFD')) _open = Statx.TryOpen(_folder);
    }

    private void Release()
    {
        _open?.Dispose();
        _open = null;
    }

    public void Dispose() => Release();
}
