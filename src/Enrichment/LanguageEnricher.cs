namespace StaticNews.Enrichment;

/// <summary>
/// The article's language as its text shows it (<see cref="LanguageDetector"/>: Danish or
/// English), else the site's: an English wire text on a Danish site is <c>language: en</c>.
/// </summary>
public sealed class LanguageEnricher(string siteLanguage) : IEnricher
{
    public ArticleDraft Enrich(ArticleDraft draft)
    {
        var detected = LanguageDetector.Detect(draft.Blocks.Select(b => b.Text).Prepend(draft.Title));
        // A site written in a regional form ("da-DK") keeps its own code for text in its language.
        var language = detected == null || siteLanguage.StartsWith(detected, StringComparison.OrdinalIgnoreCase) ? siteLanguage : detected;
        return draft with { Language = language };
    }
}
