namespace StaticNews.Enrichment;

/// <summary>
/// The date line of the text if it has one; otherwise the fallback (an earlier file's date,
/// or the seed's commit or file time). A date in the future is kept but warned about.
/// </summary>
public sealed class DateEnricher(DateTimeOffset now) : IEnricher
{
    public ArticleDraft Enrich(ArticleDraft draft)
    {
        var date = draft.DateInText ?? draft.FallbackDate;
        if (date is null) return draft.Warn("no date in the text and no fallback date");
        var enriched = draft with { Date = date };
        return date > now.AddDays(1) ? enriched.Warn($"the date {date:yyyy-MM-dd} lies in the future") : enriched;
    }
}
