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
        // output/ is compared in the background (its walk takes longer than stamping the inputs):
        // when the inputs changed, the build goes on and only the render stage waits for it.
        var output = OutputCheck.Start(paths, record);
        state = state with { Checked = record, OutputCheck = output };
        var stampedAt = DateTime.UtcNow;
        // The check runs before site.yml is read (reading it costs more than the rest of a
        // nothing-changed build): the zone is the one the record names, and its rules are in the
        // fingerprint; if site.yml names another zone now, site.yml's bytes changed anyway.
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(record.ZoneId, out var found) ? found : null;
        if ((zone == null ? null : InputFingerprint.Of(state.Options, zone, record)) is not { } inputs)
            return state;
        // What the check learnt of the inputs goes on when the build runs, whichever side
        // changed: ingest and load need not hash them again, nor the record stage walk them.
        if (inputs.Fingerprint != record.Fingerprint || !output.AsLeft)
        {
            output.ParseManifestAhead();
            return state with
            {
                InputHashes = new InputHashes(state.Options.Paths.Input, inputs.Stamps),
                Stamps = new InputStamps(stampedAt, inputs.Stamps),
                Checked = record with { StampedAt = stampedAt, Stamps = inputs.Stamps },
            };
        }
        // Files touched but not changed (a fresh checkout): stamp them anew, so the next check need not read them.
        if (!inputs.Stamps.SequenceEqual(record.Stamps)) (record with { StampedAt = stampedAt, Stamps = inputs.Stamps }).Save(paths.Cache);
        foreach (var diagnostic in record.Diagnostics) state.Diagnostics.Repeat(diagnostic);
        return state with { UpToDate = record, Check = "up to date" };
    }
}
