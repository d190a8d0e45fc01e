namespace StaticNews.Enrichment;

/// <summary>The title line where the text has one; otherwise a headline cut from the lead.</summary>
public sealed class TitleEnricher : IEnricher
{
    public ArticleDraft Enrich(ArticleDraft draft)
    {
        if (!string.IsNullOrWhiteSpace(draft.TitleLine)) return draft with { Title = draft.TitleLine.Trim() };
        var headline = HeadlineWriter.FromLead(draft.Lead);
        return headline.Length > 0 ? draft with { Title = headline } : draft.Warn("no title line and no lead: the title is 'Uden titel'") with { Title = "Uden titel" };
    }
}
