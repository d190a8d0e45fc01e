namespace StaticNews.Enrichment;

/// <summary>
/// Runs a chain of enrichers that is built only when the first draft needs it: loading the
/// entity tagger and the place list takes longer than a whole rebuild in which no seed changed.
/// </summary>
public sealed class DeferredEnricher(Func<IReadOnlyList<IEnricher>> build) : IEnricher
{
    private readonly Lazy<IReadOnlyList<IEnricher>> _chain = new(build, LazyThreadSafetyMode.ExecutionAndPublication);

    public ArticleDraft Enrich(ArticleDraft draft) => _chain.Value.Aggregate(draft, (d, enricher) => enricher.Enrich(d));

    /// <summary>
    /// Builds the chain now, for a caller that knows a draft will come and runs this on another
    /// thread: ingest works out which seeds need drafting only after it has listed the archive's
    /// files, and the tagger loads meanwhile. A failure is kept and met, as without this, by the
    /// first <see cref="Enrich"/>, where its seed is named.
    /// </summary>
    public void Prepare()
    {
        try
        {
            _ = _chain.Value;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Lazy keeps the exception for Enrich.
        }
    }
}
