using StaticNews.Enrichment.Entities;
using StaticNews.Content;

namespace StaticNews.Enrichment;

/// <summary>
/// Fills <c>locations</c> with the canonical places the article names, or past eight those it is
/// about (<see cref="PlacesAbout"/>), and <c>people</c> and
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

        var (leadText, leadStart, leadEnd) = Lead(draft);
        var locations = PlacesAbout.Select(mentions, leadText, leadStart, leadEnd).Take(maxTags).ToList();
        var named = mentions.Where(m => m.Type != EntityType.Location).DistinctBy(m => m.Canonical, StringComparer.Ordinal).Take(maxTags).ToList();
        return draft with
        {
            Locations = locations,
            People = named.Where(m => m.Type == EntityType.Person).Select(m => m.Canonical).ToList(),
            Organisations = named.Where(m => m.Type == EntityType.Organisation).Select(m => m.Canonical).ToList(),
        };
    }

    /// <summary>
    /// Where the lead stands among the recogniser's texts (the title, then each block): the first
    /// paragraph after its wire dateline (where the wire filed from, which the story need not be
    /// about), as far as the summary reaches (<see cref="SummaryEnricher.Covered"/>). Text -1 when
    /// there is no paragraph.
    /// </summary>
    private static (int Text, int Start, int End) Lead(ArticleDraft draft)
    {
        var block = -1;
        for (var b = 0; b < draft.Blocks.Count && block < 0; b++)
            if (draft.Blocks[b].Kind == TextBlockKind.Paragraph) block = b;
        if (block < 0) return (-1, 0, 0);
        var lead = draft.Lead;
        var start = draft.Blocks[block].Text.Length - lead.Length;
        return (block + 1, start, start + SummaryEnricher.Covered(lead));
    }
}
