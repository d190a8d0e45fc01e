namespace StaticNews.Output;

/// <summary>
/// The lengths of files in one folder by their paths inside it, asked of the system
/// (<see cref="Statx"/>) with no FileInfo and no string made: the up-to-date check asks it of
/// every file of output/, tens of thousands, while the build goes on. The folder is held open,
/// so each question walks only the path inside it. Where statx cannot be asked, FileInfo answers.
/// </summary>
internal sealed class FileLengths(string folder) : IDisposable
{
    private readonly Statx.Folder? _open = Statx.TryOpen(folder);

    /// <summary>
    /// The length of the file <paramref name="relative"/> ('/'-separated) names in the folder, or
    /// -1 where there is none or it is a folder: what <see cref="FileInfo.Exists"/> and
    /// <see cref="FileInfo.Length"/> say (a link is followed).
    /// </summary>
    public long Of(string relative)
    {
        Span<byte> bytes = stackalloc byte[256];
        var answer = _open != null ? Statx.TryRead(_open, relative, Statx.TypeField | Statx.SizeField, bytes)
            : Statx.TryRead(folder, relative, Statx.TypeField | Statx.SizeField, bytes);
        switch (answer)
        {
            case Statx.Answer.Read:
                var record = new Statx.Record(bytes);
                return record.IsFolder ? -1 : record.Size;
            case Statx.Answer.NoSuchFile:
                return -1;
        }
        var info = new FileInfo(Path.Combine(folder, relative));
        return info.Exists ? info.Length : -1;
    }

    public void Dispose() => _open?.Dispose();
}
