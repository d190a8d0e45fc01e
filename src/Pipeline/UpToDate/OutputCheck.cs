using StaticNews.Configuration;
using StaticNews.Output;

namespace StaticNews.Pipeline.UpToDate;

/// <summary>
/// Whether output/ is still what the last build left, worked out in the background: the build
/// goes on to ingest and load, which never touch output/, and only the render stage waits for
/// the answer (and takes the manifest the check parsed); asking for the answer starts a check
/// not yet started. Two ways, by what the answer decides:
/// <list type="bullet">
/// <item><see cref="ByListing"/>, when the inputs are unchanged and the answer decides whether the
/// build is needed at all: output/ is walked and its listing (every path and size) compared with
/// the record's, so a file added by hand is noticed too. That walk opens every folder of output/,
/// which is why it is kept for this case.</item>
/// <item><see cref="ByManifest"/>, when the inputs changed and the build runs anyway: every file the
/// manifest names must be in output/ at its size, one stat each, no folder read. A file added by
/// hand is not looked for: the commit makes output/ from the manifest's files (the spare, or a
/// staged tree), so it is gone after the build; and when the build writes nothing, the next
/// nothing-changed check, which walks, finds it.</item>
/// </list>
/// </summary>
public sealed class OutputCheck
{
    // The check's task, made (and so started) once: by Start, or by the first question asked.
    private readonly Lazy<Task<(bool OutputUnchanged, byte[]? Bytes, OutputManifest? Parsed)>> _result;
    private readonly Lazy<OutputManifest?> _manifest;

    private OutputCheck(Func<(bool, byte[]?, OutputManifest?)> check, bool start)
    {
        _result = new(() => Task.Run(() => InBackground(check)));
        if (start) Start();
        // The listing check leaves the bytes unparsed (a nothing-changed build never needs them).
        // The bytes' hash is the record's: the check compared them.
        _manifest = new(() => Result is (true, var bytes, var parsed) ? parsed ?? OutputManifest.Parse(bytes!, ManifestHash!) : null);
    }

    /// <summary>The hash of the manifest's bytes (the record's) that a check answering true found.</summary>
    private string? ManifestHash { get; init; }

    /// <summary>Compares output/'s listing with the record's; the manifest is parsed only if asked for.</summary>
    public static OutputCheck ByListing(SitePaths paths, UpToDateRecord record)
        => new(() => ManifestBytes(paths, record) is { } bytes && CommittedOutput.ListingHash(paths.Output, paths.Cache) == record.OutputListing
            ? (true, bytes, null) : (false, null, null), start: true) { ManifestHash = record.ManifestHash };

    /// <summary>Parses the manifest and checks that every file it names is in output/ at its size.</summary>
    /// <remarks>
    /// Not started here: the build needs the answer only when it renders, and ingest has more
    /// pressing work for the other core (the tagger's data for a new seed). See <see cref="Start"/>.
    /// </remarks>
    public static OutputCheck ByManifest(SitePaths paths, UpToDateRecord record)
        => new(() => ManifestBytes(paths, record) is { } bytes && !CommittedOutput.CommitInterrupted(paths.Output, paths.Cache)
                     && OutputManifest.Parse(bytes, record.ManifestHash) is { } manifest && manifest.FilesAreIn(paths.Output)
            ? (true, null, manifest) : (false, null, null), start: false);

    /// <summary>Starts the check in the background, if it has not started; asking for its answer starts it too.</summary>
    public void Start() => _ = _result.Value;

    /// <summary>True when output/ is what the last build left; waits for the check.</summary>
    public bool OutputUnchanged => Result.OutputUnchanged;

    /// <summary>output/'s manifest when <see cref="OutputUnchanged"/>, else null; waits for the check.</summary>
    public OutputManifest? Manifest => _manifest.Value;

    /// <summary>Why the build runs, in words for the summary, once the inputs are known to have changed.</summary>
    public string WhyBuild => OutputUnchanged ? "inputs changed since the last build" : "output/ is not what the last build left";

    // GetResult, not Result: an exception would come out as itself, not an AggregateException.
    private (bool OutputUnchanged, byte[]? Bytes, OutputManifest? Parsed) Result => _result.Value.GetAwaiter().GetResult();

    private static (bool, byte[]?, OutputManifest?) InBackground(Func<(bool, byte[]?, OutputManifest?)> check)
    {
        try
        {
            return check();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Something under output/ could not be looked at: it is not trusted, and the build rewrites it whole.
            return (false, null, null);
        }
    }

    /// <summary>The manifest file's bytes when they are the ones the record names.</summary>
    private static byte[]? ManifestBytes(SitePaths paths, UpToDateRecord record)
    {
        var file = paths.Cache.OutputManifestFile;
        if (!File.Exists(file)) return null;
        var bytes = File.ReadAllBytes(file);
        return Text.ContentHash.Of(bytes) == record.ManifestHash ? bytes : null;
    }
}
