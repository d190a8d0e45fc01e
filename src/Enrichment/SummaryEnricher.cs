namespace StaticNews.Enrichment;

/// <summary>The lead paragraph is the summary: it is what the wire wrote to sum the story up.</summary>
public sealed class SummaryEnricher : IEnricher
{
    public ArticleDraft Enrich(ArticleDraft draft) => draft with { Summary = draft.Lead };
}
