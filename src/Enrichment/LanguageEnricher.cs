namespace StaticNews.Enrichment;

/// <summary>Every seed is taken to be in the site's language (language detection is future work).</summary>
public sealed class LanguageEnricher(string siteLanguage) : IEnricher
{
    public ArticleDraft Enrich(ArticleDraft draft) => draft with { Language = siteLanguage };
}
