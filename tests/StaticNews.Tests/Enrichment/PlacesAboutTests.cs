using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Enrichment;
using StaticNews.Enrichment.Entities;
using StaticNews.Ingest;
using StaticNews.Text;

namespace StaticNews.Tests.Enrichment;

/// <summary>
/// An article's <c>locations</c>: every place it names, up to eight; past that the places it is
/// about: named in the headline or the lead, or named at least twice. A place named once in passing
/// further down is then left out (search still finds the article by the word). The real seeds (tests/fixtures/seeds/) go through ingest's
/// enrichers as a build sends them.
/// </summary>
public class PlacesAboutTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private static readonly EntityRecognizer Recognizer = new(Gazetteer.LoadBundled(), CommonWords.LoadBundled());
    private static readonly SeedParser Parser = new(SiteConfig.DefaultBoilerplate, new DanishDateParser(Copenhagen));

    private static ArticleDraft Ingested(string seed, Func<ArticleDraft, ArticleDraft>? change = null)
    {
        var parsed = Parser.Parse(File.ReadAllText(RepoPaths.Fixture("seeds", seed)));
        var draft = new ArticleDraft { Blocks = parsed.Blocks, TitleLine = parsed.Title, Dateline = parsed.Dateline };
        draft = change?.Invoke(draft) ?? draft;
        IEnricher[] enrichers = [new TitleEnricher(), new SummaryEnricher(), new LanguageEnricher("da"), new EntityEnricher(Recognizer)];
        return enrichers.Aggregate(draft, (d, e) => e.Enrich(d));
    }

    /// <summary>Every place the recogniser finds in the draft's title and blocks, once each.</summary>
    private static List<string> Recognised(ArticleDraft draft)
        => Recognizer.Recognize([draft.Title, .. draft.Blocks.Select(b => b.Text)])
            .Where(m => m.Type == EntityType.Location).Select(m => m.Canonical).Distinct().ToList();

    [Theory]
    [InlineData("ritzau-amnesti.txt")]
    [InlineData("tv2-borgmestre.txt")]
    public void An_article_naming_eight_places_or_fewer_keeps_every_one(string seed)
    {
        // The towns of the Borgmestre round-up are each named once, in one sentence, and each has
        // a new mayor: a short list is part of the story, however often a place is named.
        var draft = Ingested(seed);
        var recognised = Recognised(draft);
        Assert.InRange(recognised.Count, 2, PlacesAbout.ListedWhole);
        Assert.Equal(recognised, draft.Locations);
    }

    [Fact]
    public void Past_eight_places_an_article_keeps_those_of_its_headline_and_lead_and_those_it_names_twice()
    {
        var draft = Ingested("generated-roll-call.txt");
        Assert.Equal(11, Recognised(draft).Count);
        // Gerlev is in the headline (and named again and again), Sonnerupgård in the lead; the nine
        // others are named once each further down.
        Assert.Equal(["Gerlev", "Sonnerupgård"], draft.Locations);
        foreach (var passing in new[] { "Græsted-Gilleleje", "Liberia", "Sømarke", "Hyrdehøj", "Gandrup", "Tjørring", "Vietnam", "Surinam", "Aalborg" })
        {
            Assert.Contains(passing, Recognised(draft));
            Assert.DoesNotContain(passing, draft.Locations);
            Assert.Contains(draft.Blocks, b => b.Text.Contains(passing, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_article_about_one_place_lists_that_place_and_not_the_routes_it_names_in_passing()
    {
        var draft = Ingested("tv2-billund.txt");
        Assert.True(Recognised(draft).Count > PlacesAbout.ListedWhole);
        Assert.Equal(["Billund"], draft.Locations);
        foreach (var passing in new[] { "Amsterdam", "Italien", "Portugal", "Riga", "København", "Vestdanmark" })
            Assert.Contains(passing, Recognised(draft));
    }

    [Fact]
    public void A_place_named_twice_is_kept_wherever_it_stands()
    {
        string[] texts = ["Nyt om ruterne", "Selskabet har haft flere passagerer i år.",
            "Flyene går til Liberia, Sømarke, Hyrdehøj, Gandrup, Tjørring, Vietnam, Surinam og Aalborg.",
            "Fra Aalborg går også en rute til Gerlev."];
        var mentions = Recognizer.Recognize(texts);
        Assert.Equal(9, mentions.Where(m => m.Type == EntityType.Location).Select(m => m.Canonical).Distinct().Count());
        Assert.Equal(["Aalborg"], PlacesAbout.Select(mentions, leadText: 1, leadStart: 0, leadEnd: texts[1].Length));
    }

    [Fact]
    public void The_wire_dateline_is_not_the_lead()
    {
        var withDateline = Ingested("generated-roll-call-dateline.txt");
        Assert.StartsWith("AARHUS", withDateline.Blocks[0].Text);
        Assert.Contains("Aarhus", Recognised(withDateline));
        Assert.DoesNotContain("Aarhus", withDateline.Locations);
        Assert.Equal(Ingested("generated-roll-call.txt").Locations, withDateline.Locations);
    }

    [Fact]
    public void A_lead_that_was_never_split_counts_only_as_far_as_its_summary()
    {
        // The roll-call as one paragraph: its summary is the sentences of the first 1,000
        // characters; a place named once after them stays out, one named once within is kept.
        var draft = Ingested("generated-roll-call.txt", d => d with
        {
            Blocks = [new TextBlock(TextBlockKind.Paragraph, string.Join(' ', d.Blocks.Where(b => b.Kind == TextBlockKind.Paragraph).Select(b => b.Text)), 1)],
        });
        Assert.True(draft.Summary.Length < draft.Lead.Length);
        Assert.Contains("Sømarke", draft.Summary);
        Assert.DoesNotContain("Surinam", draft.Summary);
        Assert.Contains("Sømarke", draft.Locations);
        Assert.DoesNotContain("Surinam", draft.Locations);
    }

    [Fact]
    public void When_no_place_is_in_the_headline_or_lead_or_named_twice_the_first_named_is_kept()
    {
        string[] texts = ["Nyt om ruterne", "Selskabet har haft flere passagerer i år.",
            "Flyene går til Liberia, Sømarke, Hyrdehøj, Gandrup, Tjørring, Vietnam, Surinam, Aalborg og Gerlev."];
        var places = Recognizer.Recognize(texts).Where(m => m.Type == EntityType.Location).ToList();
        Assert.Equal(9, places.Count);
        Assert.All(places, m => Assert.Equal(2, m.TextIndex));

        Assert.Equal(["Liberia"], PlacesAbout.Select(places, leadText: 1, leadStart: 0, leadEnd: texts[1].Length));
    }

    [Fact]
    public void No_place_found_means_no_place_kept()
    {
        string[] texts = ["Nye regler for pension", "Regeringen vil ændre reglerne for tidlig pension fra næste år."];
        Assert.Empty(PlacesAbout.Select(Recognizer.Recognize(texts), leadText: 1, leadStart: 0, leadEnd: texts[1].Length));
    }
}
