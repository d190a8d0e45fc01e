using System.Text;
using StaticNews.Caching;
using StaticNews.Diagnostics;

namespace StaticNews.Pipeline.UpToDate;

/// <summary>
/// What the last complete build saw and left, kept in the cache folder: the fingerprint of its
/// inputs after it ran (and the stamps of the files it read, taken at <see cref="StampedAt"/>),
/// the site's time zone, the hash of the output manifest it wrote and of output/'s listing
/// (paths and sizes), the figures of its summary and the diagnostics any build of the same
/// input says again. A later build whose inputs and output/ are still exactly these has
/// nothing to do.
/// </summary>
public sealed record UpToDateRecord(
    string Fingerprint,
    DateTime StampedAt,
    IReadOnlyList<FileStamp> Stamps,
    string ZoneId,
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
    // Binary, not JSON: a nothing-changed build reads this file and does little else, and as
    // JSON its stamps (two per article) took a large share of that build.
    private static readonly CacheFormat Format = new("up-to-date record", 4);

    /// <summary>The summary's count of articles by where their dates came from ("2 text, 1 metadata").</summary>
    public string DateSources { get; init; } = "";

    /// <summary>The stamps this build took, as a walk of the inputs may trust them.</summary>
    public InputStamps Taken => new(StampedAt, Stamps);

    public static UpToDateRecord? TryRead(BuildCache cache)
    {
        if (BuildCache.TryRead(cache.UpToDateRecordFile, Format) is not { } bytes) return null;
        try
        {
            using var reader = new BinaryReader(BuildCache.Stream(bytes), Encoding.UTF8);
            return Read(reader);
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException)
        {
            // Damaged or of another layout (EndOfStreamException is an IOException).
            return null;
        }
    }

    public void Save(BuildCache cache)
        => BuildCache.Write(cache.UpToDateRecordFile, Format, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            Write(writer);
        });

    /// <summary>Forgets the record: from now on output/ may differ from what it describes.</summary>
    public static void Forget(BuildCache cache) => BuildCache.Forget(cache.UpToDateRecordFile);

    private static UpToDateRecord Read(BinaryReader reader)
    {
        var fingerprint = reader.ReadString();
        var stampedAt = new DateTime(reader.ReadInt64(), DateTimeKind.Utc);
        var stamps = new FileStamp[reader.ReadInt32()];
        // Each stamp's hash is read into one buffer and spelt from it: twenty thousand stamps need no array each.
        Span<byte> hash = stackalloc byte[32];
        for (var i = 0; i < stamps.Length; i++)
        {
            var (path, size, written) = (reader.ReadString(), reader.ReadInt64(), reader.ReadInt64());
            reader.BaseStream.ReadExactly(hash);
            stamps[i] = new FileStamp(path, size, written, Convert.ToHexStringLower(hash));
        }
        var zone = reader.ReadString();
        var manifest = reader.ReadString();
        var listing = reader.ReadString();
        var figures = new int[6];
        for (var i = 0; i < figures.Length; i++) figures[i] = reader.ReadInt32();
        var dateSources = reader.ReadString();
        var diagnostics = new Diagnostic[reader.ReadInt32()];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var severity = (Severity)reader.ReadByte();
            var source = reader.ReadString();
            int? line = reader.ReadInt32() is var l and >= 0 ? l : null;
            diagnostics[i] = new Diagnostic(severity, source, line, reader.ReadString(), reader.ReadBoolean());
        }
        if (reader.BaseStream.Position != reader.BaseStream.Length) throw new FormatException("trailing bytes");
        return new UpToDateRecord(fingerprint, stampedAt, stamps, zone, manifest, listing,
            figures[0], figures[1], figures[2], figures[3], figures[4], figures[5], diagnostics) { DateSources = dateSources };
    }

    private void Write(BinaryWriter writer)
    {
        writer.Write(Fingerprint);
        writer.Write(StampedAt.ToUniversalTime().Ticks);
        writer.Write(Stamps.Count);
        // Each stamp's hash is turned back into bytes in one buffer, as Read reads it.
        Span<byte> hash = stackalloc byte[32];
        foreach (var stamp in Stamps)
        {
            writer.Write(stamp.Path);
            writer.Write(stamp.Size);
            writer.Write(stamp.WrittenTicks);
            if (Convert.FromHexString(stamp.Hash, hash, out _, out var written) != System.Buffers.OperationStatus.Done)
                throw new FormatException($"the hash of {stamp.Path} is not {hash.Length} bytes in hex");
            writer.Write(hash[..written]);
        }
        writer.Write(ZoneId);
        writer.Write(ManifestHash);
        writer.Write(OutputListing);
        foreach (var figure in new[] { Seeds, Articles, Tags, Locations, Files, Html }) writer.Write(figure);
        writer.Write(DateSources);
        writer.Write(Diagnostics.Count);
        foreach (var diagnostic in Diagnostics)
        {
            writer.Write((byte)diagnostic.Severity);
            writer.Write(diagnostic.File);
            writer.Write(diagnostic.Line ?? -1);
            writer.Write(diagnostic.Message);
            writer.Write(diagnostic.Repeats);
        }
    }
}
