using StaticNews.Content;
using StaticNews.Text;

namespace StaticNews.Enrichment;

/// <summary>
/// Dates an article from the best evidence it has, in this order: a date line in the text (or a
/// wire dateline, its year taken from the seed's other evidence when it names none), a date in
/// the seed's file name, the seeds' metadata file, and last a guess (the git commit that added
/// the seed, else its file time), which is warned about so that someone can give the real date.
/// A date in the future is kept but warned about.
/// </summary>
public sealed class DateEnricher(DateTimeOffset now, TimeZoneInfo zone) : IEnricher
{
    private readonly DanishDateParser _dates = new(zone);

    public ArticleDraft Enrich(ArticleDraft draft)
    {
        var (date, source, note) = Choose(draft);
        if (date is null) return draft.Warn("no date in the text, the file name or the metadata file, and no fallback date");
        var enriched = draft with { Date = date, DateSource = source };
        if (note != null) enriched = enriched.Warn(note);
        return date > now.AddDays(1) ? enriched.Warn($"the date {date:yyyy-MM-dd} lies in the future") : enriched;
    }

    private (DateTimeOffset? Date, DateSource Source, string? Note) Choose(ArticleDraft draft)
    {
        if (draft.DateInText is { } inText) return (inText, DateSource.Text, null);
        if (draft.Dateline is { } dateline)
        {
            var (reference, referenceSource) = draft.DateInFileName is { } named ? (named, DateSource.FileName)
                : draft.DateInMetadata is { } given ? (given, DateSource.Metadata)
                : draft.FallbackDate is { } guessed ? (guessed, draft.FallbackSource)
                : (default(DateTimeOffset?), DateSource.FileTime);
            if (dateline.Year != null || reference != null)
            {
                var local = reference is { } r ? TimeZoneInfo.ConvertTime(r, zone).DateTime : default;
                if (dateline.DayNear(local) is { } day)
                {
                    var note = dateline.Year == null && referenceSource.IsGuess()
                        ? $"the dateline gives no year: {day.Year} is taken from {Describe(referenceSource)}"
                        : null;
                    return (InZone(day), DateSource.Text, note);
                }
            }
        }
        if (draft.DateInFileName is { } inName) return (inName, DateSource.FileName, null);
        if (draft.DateInMetadata is { } inMetadata) return (inMetadata, DateSource.Metadata, null);
        if (draft.FallbackDate is { } fallback)
            return (fallback, draft.FallbackSource,
                $"the date {TimeZoneInfo.ConvertTime(fallback, zone):yyyy-MM-dd} is guessed from {Describe(draft.FallbackSource)}: "
                + "give it in a date line, the file name (2023-09-22_…) or the seeds' metadata file");
        return (null, DateSource.FileTime, null);
    }

    private static string Describe(DateSource guess)
        => guess == DateSource.Git ? "the git commit that added the seed" : "the seed's file time";

    private DateTimeOffset InZone(DateTime local) => _dates.InZone(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
}
