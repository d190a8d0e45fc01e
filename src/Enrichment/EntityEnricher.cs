using StaticNews.Enrichment.Entities;

namespace StaticNews.Enrichment;

/// <summary>
/// Fills <c>locations</c> with the canonical places the text names, and <c>people</c> and
/// <c>organisations</c> with the persons and organisations it names, each in the order of first
/// mention (<c>tags</c> are left to editors' topics). Text in another language than Danish gets
/// places only.
/// </summary>
public sealed class EntityEnricher(EntityRecognizer recognizer, int maxTags = 15) : IEnricher
{
    public ArticleDraft Enrich(ArticleDraft draft)
    {
        var texts = new List<string> { draft.Title };
        texts.AddRange(draft.Blocks.Select(b => b.Text));
        // The tagger learnt Danish: text in another language gets only the place list's places.
        var mentions = draft.Language.StartsWith("da", StringComparison.OrdinalIgnoreCase) || draft.Language.Length == 0
            ? recognizer.Recognize(texts)
            : recognizer.RecognizePlaces(texts);

        var locations = mentions.Where(m => m.Type == EntityType.Location).Select(m => m.Canonical)
            .Distinct(StringComparer.Ordinal).Take(maxTags).ToList();
        var named = mentions.Where(m => m.Type != EntityType.Location).DistinctBy(m => m.Canonical, StringComparer.Ordinal).Take(maxTags).ToList();
        return draft with
        {
            Locations = locations,
            People = named.Where(m => m.Type == EntityType.Person).Select(m => m.Canonical).ToList(),
            Organisations = named.Where(m => m.Type == EntityType.Organisation).Select(m => m.Canonical).ToList(),
        };
    }
}
