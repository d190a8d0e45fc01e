namespace StaticNews.Enrichment;

/// <summary>One step of enrichment: works out one thing about a draft and returns the enriched copy.</summary>
public interface IEnricher
{
    ArticleDraft Enrich(ArticleDraft draft);
}
