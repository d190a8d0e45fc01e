using StaticNews.Pipeline.UpToDate;
namespace StaticNews.Pipeline.Stages;

/// <summary>
/// Ends the build early when it has nothing to do: the inputs hash to the fingerprint the last
/// complete build recorded, and output/ is still exactly what that build left. The diagnostics
/// that build would say again (bad files stay bad) are said again, so the exit code is the same.
/// </summary>
/// <param name="recognizer">The entity recogniser's load, started here when input/seeds/ changed since the last build; null: not started here.</param>
public sealed class UpToDateStage(RecognizerLoad? recognizer = null) : IBuildStage
{
    public string Name => "check";

    public BuildState Run(BuildState state)
    {
        var paths = state.Options.Paths;
        // A seed added since the last build: the recogniser ingest will need loads beside the
        // reading of the record and the walk below. The record was written after its stamps were
        // taken, so its file's time stands in for them here, before it is read.
        if (recognizer != null && new FileInfo(paths.Cache.UpToDateRecordFile) is { Exists: true } recordFile)
            recognizer.StartWhenSeedsChanged(paths.Seeds, recordFile.LastWriteTimeUtc);
        if (UpToDateRecord.TryRead(paths.Cache) is not { } record) return StampedWithoutRecord(state);
        state = state with { LastBuild = record, TrustedStamps = record.Taken };
        // The check runs before site.yml is read (reading it costs more than the rest of a
        // nothing-changed build): the zone is the one the record names, and its rules are in the
        // fingerprint; if site.yml names another zone now, site.yml's bytes changed anyway.
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(record.ZoneId, out var found) ? found : null;
        var stamps = zone == null ? null : InputFingerprint.Stamp(state.Options, record.Taken);
        // A file added, removed or changed since the record gives another fingerprint: it is not
        // worked out here, but once, by the record stage, from these stamps and what ingest writes.
        if (stamps == null || !SameFiles(stamps.Stamps, record.Stamps) || InputFingerprint.Of(state.Options, zone!, stamps.Stamps) != record.Fingerprint)
        {
            // The build runs: output/ is checked in the background against its manifest, and only
            // the render stage waits for the answer. The load stage starts it (OutputCheck.Start):
            // ingest has more pressing work for the other core, and load leaves it idle.
            return ContinueWithStamps(state with { OutputSinceLastBuild = OutputCheck.ByManifest(paths, record) }, stamps);
        }
        // The inputs are as recorded: whether the build runs depends on output/, walked whole.
        var walked = OutputCheck.ByListing(paths, record);
        state = state with { OutputSinceLastBuild = walked };
        if (!walked.OutputUnchanged) return ContinueWithStamps(state, stamps);
        // Files touched but not changed (a fresh checkout): stamp them anew, so the next check need not read them.
        if (!stamps.Stamps.SequenceEqual(record.Stamps)) (record with { StampedAt = stamps.TakenAt, Stamps = stamps.Stamps }).Save(paths.Cache);
        foreach (var diagnostic in record.Diagnostics) state.Diagnostics.Repeat(diagnostic);
        return state with { NothingChanged = true, CheckOutcome = "up to date" };
    }

    /// <summary>
    /// No earlier build to compare with (a fresh clone, a first build): the build runs, and the
    /// inputs are stamped here all the same, every file read and hashed once, on every core. Ingest
    /// then trusts a seed its Markdown records at that hash without reading the seed, load takes
    /// the Markdown's hashes from here, and the record stage walks the inputs trusting these
    /// stamps (it reads only what ingest wrote), rather than each of them reading every file again.
    /// The record stage walks rather than taking these as they stand: after a first build nearly
    /// every Markdown file is newer than these stamps, and a stamp newer than its record is read
    /// again by the next check.
    /// </summary>
    private static BuildState StampedWithoutRecord(BuildState state)
    {
        state = state with { CheckOutcome = "no record of an earlier build" };
        if (InputFingerprint.Stamp(state.Options, null) is not { } stamps) return state;
        return state with { InputHashes = new InputHashes(state.Options.Paths.Input, stamps.Stamps), TrustedStamps = stamps };
    }

    /// <summary>
    /// The build goes on with what the check learnt of the inputs, if it got that far: ingest and
    /// load need not hash them again, nor the record stage walk them.
    /// </summary>
    private static BuildState ContinueWithStamps(BuildState state, InputStamps? stamps)
        => stamps == null ? state : state with
        {
            InputHashes = new InputHashes(state.Options.Paths.Input, stamps.Stamps),
            InputStamps = stamps,
        };

    /// <summary>
    /// The same files at the same content hashes, in the same order. The fingerprint hashes
    /// exactly these with the settings of the build, so stamps that differ here give another
    /// fingerprint: the check knows the build runs without hashing ten thousand stamps.
    /// </summary>
    private static bool SameFiles(IReadOnlyList<FileStamp> now, IReadOnlyList<FileStamp> recorded)
    {
        if (now.Count != recorded.Count) return false;
        for (var i = 0; i < now.Count; i++)
            if (!string.Equals(now[i].Path, recorded[i].Path, StringComparison.Ordinal) || !string.Equals(now[i].Hash, recorded[i].Hash, StringComparison.Ordinal))
                return false;
        return true;
    }
}
