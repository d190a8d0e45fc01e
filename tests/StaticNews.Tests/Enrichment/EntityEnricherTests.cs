using StaticNews.Content;
using StaticNews.Enrichment;
using StaticNews.Enrichment.Entities;

namespace StaticNews.Tests.Enrichment;

/// <summary>The recogniser's persons and organisations go to front matter's own lists; <c>tags</c> stay the editors'.</summary>
public class EntityEnricherTests
{
    private static readonly EntityEnricher Enricher = new(new EntityRecognizer(Gazetteer.LoadBundled(), CommonWords.LoadBundled()));

    [Fact]
    public void People_and_organisations_are_written_apart_and_tags_are_left_empty()
    {
        var draft = new ArticleDraft
        {
            Title = "Seks nye borgmestre på vej i arbejdstøjet",
            Blocks =
            [
                new TextBlock(TextBlockKind.Paragraph, "Thomas Banke er den første Venstre-borgmester i Fredericia i næsten 90 år.", 1),
                new TextBlock(TextBlockKind.Paragraph, "Det oplyser Fredericia Kommune.", 2),
            ],
            Language = "da",
        };
        var enriched = Enricher.Enrich(draft);

        Assert.Contains("Thomas Banke", enriched.People);
        Assert.DoesNotContain("Thomas Banke", enriched.Organisations);
        Assert.Contains("Fredericia", enriched.Locations);
        Assert.Empty(enriched.Tags);
        Assert.Empty(enriched.People.Intersect(enriched.Organisations));
    }
}
