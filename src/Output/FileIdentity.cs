namespace StaticNews.Output;

/// <summary>
/// Which file system a path lies on and which inode it names (<see cref="Statx"/>). The spare
/// output is exchanged with output/ and shares inodes with it, which works only on one file
/// system: this is how the build proves that before relying on it.
/// </summary>
internal static class FileIdentity
{
    public readonly record struct Id(ulong Device, ulong Inode, uint Links);

    /// <summary>The identity of the file or folder at <paramref name="path"/>, or null where it is missing or statx is not available.</summary>
    public static Id? Of(string path)
    {
        Span<byte> bytes = stackalloc byte[256];
        if (Statx.TryRead(path, null, Statx.InodeField | Statx.LinksField, bytes) != Statx.Answer.Read) return null;
        var record = new Statx.Record(bytes);
        return new Id(record.Device, record.Inode, record.Links);
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
