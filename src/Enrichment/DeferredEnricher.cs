namespace StaticNews.Enrichment;

/// <summary>
/// Runs a chain of enrichers that is built only when the first draft needs it: loading the
/// entity tagger and the place list takes longer than a whole rebuild in which no seed changed.
/// </summary>
public sealed class DeferredEnricher(Func<IReadOnlyList<IEnricher>> build) : IEnricher
{
    private readonly Lazy<IReadOnlyList<IEnricher>> _chain = new(build, LazyThreadSafetyMode.ExecutionAndPublication);

    public ArticleDraft Enrich(ArticleDraft draft) => _chain.Value.Aggregate(draft, (d, enricher) => enricher.Enrich(d));
}
