using StaticNews.Output;

namespace StaticNews.Pipeline.Stages;

/// <summary>
/// Ends the build early when it has nothing to do: the inputs hash to the fingerprint the last
/// complete build recorded, and output/ is still exactly what that build left. The diagnostics
/// that build would say again (bad files stay bad) are said again, so the exit code is the same.
/// </summary>
public sealed class UpToDateStage : IBuildStage
{
    public string Name => "check";

    public BuildState Run(BuildState state)
    {
        var paths = state.Options.Paths;
        if (UpToDateRecord.TryRead(paths.Cache) is not { } record) return state with { Check = "no record of an earlier build" };
        state = state with { Checked = record };
        // Both walks wait on the file system more than they compute (output/'s 33,000 files and
        // the inputs' 20,000 at 10,000 articles): output/'s runs beside the inputs'. When the
        // inputs changed, the build runs whatever output/ holds, so the walk of output/ goes on
        // beside ingest and load, and render waits for its answer (output.pending/, which render
        // makes, would end it early: render waits before making it).
        var outputAsLeft = Task.Run(() => IncrementalOutput.ManifestHash(paths.Cache) == record.ManifestHash
                                          && IncrementalOutput.ListingHash(paths.Output, paths.Cache) == record.OutputListing);
        var stampedAt = DateTime.UtcNow;
        // The check runs before site.yml is read (reading it costs more than the rest of a
        // nothing-changed build): the zone is the one the record names, and its rules are in the
        // fingerprint; if site.yml names another zone now, site.yml's bytes changed anyway.
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(record.ZoneId, out var found) ? found : null;
        var fingerprint = zone == null ? null : InputFingerprint.Of(state.Options, zone, record);
        state = state with { OutputUnchanged = outputAsLeft };
        if (fingerprint is not { } inputs)
            return state with { Check = outputAsLeft.Result ? InputsChanged : OutputChanged };
        var inputsChanged = inputs.Fingerprint != record.Fingerprint;
        // What the check learnt of the inputs goes on when the build runs, whichever side
        // changed: ingest and load need not hash them again, nor the record stage walk them.
        if (inputsChanged || !outputAsLeft.Result)
            return state with
            {
                Check = inputsChanged ? InputsChanged : OutputChanged,
                InputHashes = new InputHashes(state.Options.Paths.Input, inputs.Stamps),
                Stamps = new InputStamps(stampedAt, inputs.Stamps),
                Checked = record with { StampedAt = stampedAt, Stamps = inputs.Stamps },
                SeedsChanged = inputsChanged && AnySeedChanged(record.Stamps, inputs.Stamps),
            };
        // Files touched but not changed (a fresh checkout): stamp them anew, so the next check need not read them.
        if (!inputs.Stamps.SequenceEqual(record.Stamps)) (record with { StampedAt = stampedAt, Stamps = inputs.Stamps }).Save(paths.Cache);
        foreach (var diagnostic in record.Diagnostics) state.Diagnostics.Repeat(diagnostic);
        return state with { UpToDate = record, Check = "up to date" };
    }

    private const string InputsChanged = "inputs changed since the last build";
    private const string OutputChanged = "output/ is not what the last build left";

    /// <summary>True when a seed is new or its content changed since the record's stamps.</summary>
    private static bool AnySeedChanged(IReadOnlyList<FileStamp> before, IReadOnlyList<FileStamp> now)
    {
        var seeds = before.Where(IsSeed).ToDictionary(s => s.Path, s => s.Hash, StringComparer.Ordinal);
        return now.Where(IsSeed).Any(s => seeds.GetValueOrDefault(s.Path) != s.Hash);
    }

    private static bool IsSeed(FileStamp stamp) => stamp.Path.StartsWith(SeedsPrefix, StringComparison.Ordinal);

    private const string SeedsPrefix = "input/seeds/";
}
