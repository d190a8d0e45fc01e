using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Enrichment;
using StaticNews.Enrichment.Entities;
using StaticNews.Ingest;
using StaticNews.Text;

namespace StaticNews.Tests.Enrichment;

/// <summary>
/// An article's <c>locations</c> are the places it is about: named in the headline or the lead, or
/// named at least twice. A place named once in passing further down is left out (search still
/// finds the article by the word). The real seeds (tests/fixtures/seeds/) go through ingest's
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

    [Fact]
    public void The_Ritzau_article_keeps_the_places_of_its_headline_and_lead_and_those_it_names_twice()
    {
        var draft = Ingested("ritzau-amnesti.txt");
        // Aserbajdsjan is in the headline, Nagorno-Karabakh in the lead (its misspelling further
        // down counts towards it), Armenien is named five times and Rusland twice in the body.
        Assert.Equal(["Aserbajdsjan", "Nagorno-Karabakh", "Armenien", "Rusland"], draft.Locations);
    }

    [Fact]
    public void A_place_named_once_deep_in_the_body_is_left_out_though_the_recogniser_finds_it()
    {
        var draft = Ingested("ritzau-amnesti.txt");
        foreach (var passing in new[] { "Stepanakert", "Jerevan", "Tyrkiet" })
        {
            Assert.Contains(passing, Recognised(draft));
            Assert.DoesNotContain(passing, draft.Locations);
            Assert.Contains(draft.Blocks, b => b.Text.Contains(passing));
        }
    }

    [Fact]
    public void The_towns_of_a_list_in_passing_are_left_out_and_one_named_again_is_kept()
    {
        var draft = Ingested("tv2-borgmestre.txt");
        // The lead names Sønderjylland and Fredericia; "... på rådhusene i Sønderborg, Haderslev,
        // Vejle, Hedensted og Kolding" names each town once, and only Kolding comes back ("Jørn
        // Petersen i Kolding"); "Danmarks yngste borgmester" names Denmark once.
        Assert.Equal(["Sønderjylland", "Fredericia", "Kolding"], draft.Locations);
        foreach (var passing in new[] { "Danmark", "Sønderborg", "Haderslev", "Vejle", "Hedensted" })
        {
            Assert.Contains(passing, Recognised(draft));
            Assert.DoesNotContain(passing, draft.Locations);
        }
    }

    [Fact]
    public void An_article_about_one_place_lists_that_place_and_not_the_routes_it_names_in_passing()
    {
        var draft = Ingested("tv2-billund.txt");
        Assert.Equal(["Billund"], draft.Locations);
        foreach (var passing in new[] { "Amsterdam", "Italien", "Portugal", "Riga", "København", "Vestdanmark" })
            Assert.Contains(passing, Recognised(draft));
    }

    [Fact]
    public void The_wire_dateline_is_not_the_lead()
    {
        var withDateline = Ingested("ritzau-amnesti-dateline.txt");
        Assert.StartsWith("KØBENHAVN", withDateline.Blocks[0].Text);
        Assert.Contains("København", Recognised(withDateline));
        Assert.DoesNotContain("København", withDateline.Locations);
        Assert.Equal(Ingested("ritzau-amnesti.txt").Locations, withDateline.Locations);
    }

    [Fact]
    public void A_lead_that_was_never_split_counts_only_as_far_as_its_summary()
    {
        // The Ritzau text as one paragraph: its summary is the sentences of the first 1,000
        // characters, and Stepanakert, Jerevan and Tyrkiet, named once after them, stay out.
        var draft = Ingested("ritzau-amnesti.txt", d => d with
        {
            Blocks = [new TextBlock(TextBlockKind.Paragraph, string.Join(' ', d.Blocks.Where(b => b.Kind == TextBlockKind.Paragraph).Select(b => b.Text)), 1)],
        });
        Assert.True(draft.Summary.Length < draft.Lead.Length);
        Assert.DoesNotContain("Stepanakert", draft.Summary);
        Assert.Equal(["Aserbajdsjan", "Nagorno-Karabakh", "Armenien", "Rusland"], draft.Locations);
    }

    [Fact]
    public void When_no_place_is_in_the_headline_or_lead_or_named_twice_the_first_named_is_kept()
    {
        // One paragraph of the Billund text, under a headline and a lead naming no place: it names
        // Billund and Riga once each.
        var billund = Ingested("tv2-billund.txt");
        var route = billund.Blocks.First(b => b.Text.StartsWith("Air Baltic", StringComparison.Ordinal)).Text;
        string[] texts = ["Fremgang på ruten", "Selskabet har haft flere passagerer i år.", route];
        var places = Recognizer.Recognize(texts).Where(m => m.Type == EntityType.Location).ToList();
        Assert.Equal(["Billund", "Riga"], places.Select(m => m.Canonical));
        Assert.All(places, m => Assert.Equal(2, m.TextIndex));

        Assert.Equal(["Billund"], PlacesAbout.Select(places, leadText: 1, leadStart: 0, leadEnd: texts[1].Length));
    }

    [Fact]
    public void No_place_found_means_no_place_kept()
    {
        string[] texts = ["Nye regler for pension", "Regeringen vil ændre reglerne for tidlig pension fra næste år."];
        Assert.Empty(PlacesAbout.Select(Recognizer.Recognize(texts), leadText: 1, leadStart: 0, leadEnd: texts[1].Length));
    }
}
