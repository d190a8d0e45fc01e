using StaticNews.Content;
using StaticNews.Enrichment;
using StaticNews.Enrichment.Entities;

namespace StaticNews.Tests.Enrichment;

/// <summary>
/// Each article's language from its own text (tests/fixtures/language/: one wire story written in
/// English and in Danish), and what the entity enricher does with it: the Danish tagger only on
/// Danish, the place list's canonical names for both.
/// </summary>
public class LanguageEnricherTests
{
    private static readonly EntityEnricher Entities = new(new EntityRecognizer(Gazetteer.LoadBundled(), CommonWords.LoadBundled()));

    private static ArticleDraft Draft(string fixture)
    {
        var lines = File.ReadAllLines(RepoPaths.Fixture("language", fixture)).Where(l => l.Trim().Length > 0).ToList();
        return new ArticleDraft
        {
            Title = lines[0],
            Blocks = lines.Skip(1).Select((l, i) => new TextBlock(TextBlockKind.Paragraph, l, i + 2)).ToList(),
        };
    }

    [Theory]
    [InlineData("english-wire.txt", "da", "en")]
    [InlineData("danish-wire.txt", "da", "da")]
    [InlineData("danish-wire.txt", "en", "da")]
    [InlineData("english-wire.txt", "en", "en")]
    [InlineData("danish-wire.txt", "da-DK", "da-DK")]
    public void An_article_gets_the_language_its_text_is_in(string fixture, string siteLanguage, string expected)
        => Assert.Equal(expected, new LanguageEnricher(siteLanguage).Enrich(Draft(fixture)).Language);

    [Fact]
    public void Too_little_text_keeps_the_site_language()
    {
        var draft = new ArticleDraft { Title = "Brexit", Blocks = [new TextBlock(TextBlockKind.Paragraph, "Boris Johnson", 2)] };
        Assert.Equal("da", new LanguageEnricher("da").Enrich(draft).Language);
    }

    [Fact]
    public void An_English_article_gets_the_sites_place_names_and_no_Danish_model_tags()
    {
        var draft = Entities.Enrich(new LanguageEnricher("da").Enrich(Draft("english-wire.txt")));
        Assert.Equal("en", draft.Language);
        foreach (var place in new[] { "Bruxelles", "Rusland", "Moskva", "Europa" })
            Assert.Contains(place, draft.Locations);
        Assert.DoesNotContain("Brussels", draft.Locations);
        Assert.Empty(draft.People);
        Assert.Empty(draft.Organisations);
    }

    [Fact]
    public void The_same_story_in_Danish_gets_its_people_and_organisations()
    {
        var draft = Entities.Enrich(new LanguageEnricher("da").Enrich(Draft("danish-wire.txt")));
        foreach (var place in new[] { "Bruxelles", "Rusland", "Moskva" })
            Assert.Contains(place, draft.Locations);
        Assert.Contains("EU-Kommissionen", draft.Organisations);
        foreach (var name in new[] { "Ursula von der Leyen", "Olaf Scholz" })
            Assert.Contains(name, draft.People);
        Assert.DoesNotContain("Reuters", draft.Organisations);
    }
}
