using System.Text.Json;
using StaticNews.Diagnostics;

namespace StaticNews.Pipeline;

/// <summary>
/// What the last complete build saw and left, kept in the cache folder: the fingerprint of its
/// inputs after it ran (and the stamps of the files it read, taken at <see cref="StampedAt"/>),
/// the hash of the output manifest it wrote and of output/'s listing (paths and sizes), the
/// figures of its summary and the diagnostics any build of the same input says again. A later
/// build whose inputs and output/ are still exactly these has nothing to do.
/// </summary>
public sealed record UpToDateRecord(
    string Fingerprint,
    DateTime StampedAt,
    IReadOnlyList<FileStamp> Stamps,
    string ManifestHash,
    string OutputListing,
    int Seeds,
    int Articles,
    int Tags,
    int Locations,
    int Files,
    int Html,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    private const string FileName = "up-to-date.json";

    public static string PathIn(string cacheFolder) => Path.Combine(cacheFolder, FileName);

    public static UpToDateRecord? TryRead(string cacheFolder)
    {
        var file = PathIn(cacheFolder);
        if (!File.Exists(file)) return null;
        try
        {
            // A record of an older layout lacks fields: not a record of this build's kind.
            return JsonSerializer.Deserialize<UpToDateRecord>(File.ReadAllBytes(file)) is
                { Fingerprint: not null, Stamps: not null, ManifestHash: not null, OutputListing: not null, Diagnostics: not null } record
                ? record : null;
        }
        catch (Exception e) when (e is IOException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    public void Save(string cacheFolder)
    {
        Directory.CreateDirectory(cacheFolder);
        var file = PathIn(cacheFolder);
        File.WriteAllBytes(file + ".tmp", JsonSerializer.SerializeToUtf8Bytes(this));
        File.Move(file + ".tmp", file, overwrite: true);
    }

    /// <summary>Forgets the record: from now on output/ may differ from what it describes.</summary>
    public static void Forget(string cacheFolder)
    {
        var file = PathIn(cacheFolder);
        if (File.Exists(file)) File.Delete(file);
    }
}
