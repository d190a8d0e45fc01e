using StaticNews.Pipeline.UpToDate;
using StaticNews.Output;

namespace StaticNews.Pipeline.Stages;

/// <summary>
/// After output/ is committed: records the fingerprint of the inputs as they are now (ingest may
/// have written Markdown), the manifest just written and what the summary showed, for the next
/// build's <see cref="UpToDateStage"/>.
/// </summary>
public sealed class RecordStage : IBuildStage
{
    public string Name => "record";

    public BuildState Run(BuildState state)
    {
        var paths = state.Options.Paths;
        // The check's stamps with what ingest wrote since describe the inputs as they are now;
        // without them (no record, or the check could not stamp) the inputs are walked, trusting
        // the stamps the check or the last build took.
        var stamps = state.InputStamps ?? InputFingerprint.Stamp(state.Options, state.TrustedStamps);
        // The commit wrote the manifest last, and knows its hash; without a commit the file is hashed.
        var manifestHash = state.RenderedOutput?.Next.StoredHash ?? CommittedOutput.ManifestHash(paths.Cache);
        var listing = state.CommittedListing;
        if (stamps == null || manifestHash == null || listing == null || state.Model is not { } model)
        {
            UpToDateRecord.Forget(paths.Cache);
            return state;
        }
        new UpToDateRecord(InputFingerprint.Of(state.Options, state.Zone, stamps.Stamps), stamps.TakenAt, stamps.Stamps, state.Zone.Id, manifestHash, listing, state.Ingest?.Seeds ?? 0, model.Articles.Count,
            model.Tags.Count, model.Locations.Count, state.Rendered.Files, state.Rendered.Html,
            state.Diagnostics.All.Where(d => d.Repeats).ToList()) { DateSources = Site.DateSourceCounts.Of(model.Articles) }.Save(paths.Cache);
        return state;
    }
}
