namespace StaticNews.Output;

/// <summary>
/// A file's length by its path, asked of the system (<see cref="Statx"/>) with no FileInfo and no
/// string made: the up-to-date check asks it of every file of output/, tens of thousands, while
/// the build goes on. Where statx cannot be asked, FileInfo answers.
/// </summary>
internal static class FileLength
{
    /// <summary>
    /// The length of the file <paramref name="relative"/> ('/'-separated) names in
    /// <paramref name="folder"/>, or -1 where there is none or it is a folder: what
    /// <see cref="FileInfo.Exists"/> and <see cref="FileInfo.Length"/> say (a link is followed).
    /// </summary>
    public static long Of(string folder, string relative)
    {
        Span<byte> bytes = stackalloc byte[256];
        switch (Statx.TryRead(folder, relative, Statx.TypeField | Statx.SizeField, bytes))
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
}
