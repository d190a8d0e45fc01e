namespace StaticNews.Caching;

/// <summary>
/// The one way a file of the build cache is written: into a temporary file in the same folder,
/// flushed, then renamed over the old one. A build killed at any point leaves the old file or
/// the new one, never half of one; the rename is atomic only within one folder, hence beside it.
/// The file is flushed to the system, not forced to the disk: a cache lost to a power cut reads
/// as damaged or of no format (<see cref="CacheFormat"/>), and the next build just does more work.
/// </summary>
public static class AtomicFile
{
    /// <summary>What the temporary file's name adds to the file's (then the process id): a folder's owner may delete what a killed write left.</summary>
    public const string TemporaryMarker = ".tmp-";

    /// <summary>Makes <paramref name="path"/> hold exactly what <paramref name="write"/> writes.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var temp = path + TemporaryMarker + Environment.ProcessId;
        WriteTemporary(temp, write);
        Replace(temp, path);
    }

    /// <summary>
    /// Writes a file whose name depends on its bytes (a content-addressed file): <paramref name="write"/>
    /// writes them and returns the name, and a file of that name already there is kept as it is.
    /// </summary>
    public static string WriteNamed(string folder, Func<Stream, string> write)
    {
        var temp = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".tmp");
        string name = "";
        WriteTemporary(temp, stream => name = write(stream));
        var path = Path.Combine(folder, name);
        if (File.Exists(path)) File.Delete(temp);
        else Replace(temp, path);
        return name;
    }

    private static void WriteTemporary(string temp, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(temp))!);
        try
        {
            using var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
            write(stream);
            stream.Flush();
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void Replace(string temp, string path)
    {
        try
        {
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write failed already; a leftover temporary file is named as one and harms nothing.
        }
    }
}
