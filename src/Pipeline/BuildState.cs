using StaticNews.Pipeline.UpToDate;
using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Diagnostics;
using StaticNews.Ingest;
using StaticNews.Output;
using StaticNews.Site;

namespace StaticNews.Pipeline;

/// <summary>
/// What has been worked out so far: values only, no tasks or services. Each stage returns a copy
/// with what it produced filled in; no stage reaches into another's state, so each can be run and
/// tested alone. (Work one stage starts for a later one, the theme loaded beside ingest or the
/// entity recogniser loaded beside the check, is wired between the two stages by
/// <see cref="BuildPipeline.For"/>, not carried here.)
/// </summary>
public sealed record BuildState
{
    public required BuildOptions Options { get; init; }
    public required DiagnosticBag Diagnostics { get; init; }
    public SiteConfig Config { get; init; } = new();
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Utc;
    public IngestReport? Ingest { get; init; }
    public IReadOnlyList<(ArticleFile Article, string SourceFile)> Loaded { get; init; } = [];
    public SiteModel? Model { get; init; }

    /// <summary>The new site as render left it in the pending output, for the write stage to commit (null until render ran).</summary>
    public RenderedOutput? RenderedOutput { get; init; }

    /// <summary>output/'s listing hash once the write stage committed the new site (null until then).</summary>
    public string? CommittedListing { get; init; }

    /// <summary>The record of the last complete build, as the up-to-date check read it (null: there was none).</summary>
    public UpToDateRecord? LastBuild { get; init; }

    /// <summary>
    /// Stamps of the inputs a walk may trust, for the record stage when it has no
    /// <see cref="InputStamps"/>: the check's when it stamped with no record to compare with (a
    /// fresh clone), else the last build's (null: neither). It walks the inputs with these rather
    /// than re-hashing what was hashed already.
    /// </summary>
    public InputStamps? TrustedStamps { get; init; }

    /// <summary>
    /// Set when nothing changed since <see cref="LastBuild"/> (the inputs and output/ are exactly as
    /// it recorded them): the remaining stages are skipped, and the summary shows its figures.
    /// </summary>
    public bool NothingChanged { get; init; }

    /// <summary>Every input file as the check stamped it in this build, with what ingest wrote since (null when the check did not get that far).</summary>
    public InputStamps? InputStamps { get; init; }

    /// <summary>Content hashes of input files as the check found them, less the files ingest wrote since (none when the check did not get that far).</summary>
    public InputHashes InputHashes { get; init; } = InputHashes.None;

    /// <summary>
    /// Whether output/ is exactly as the last build left it (even if inputs changed), still being
    /// worked out when the check let the build go on; null when the check had no record to compare with.
    /// </summary>
    public OutputCheck? OutputSinceLastBuild { get; init; }

    /// <summary>Why the build ran, or that it had nothing to do, in words for the summary ("inputs changed since the last build").</summary>
    public string? CheckOutcome
    {
        get => _checkOutcome ?? OutputSinceLastBuild?.WhyBuild;
        init => _checkOutcome = value;
    }

    private readonly string? _checkOutcome;

    /// <summary>The committed site's bytes by kind of file (null until the write stage ran).</summary>
    public SiteSize? Size { get; init; }

    /// <summary>How many files the site has, how many are HTML pages.</summary>
    public (int Files, int Html) Rendered { get; init; }
}
