using StaticNews.Enrichment.Entities;

namespace StaticNews.Tests.Enrichment.Entities;

/// <summary>The recogniser on the real seeds (tests/fixtures/seeds/), as ingest uses it.</summary>
public class EntityRecognizerTests
{
    private static readonly EntityRecognizer Recognizer = new(Gazetteer.LoadBundled(), CommonWords.LoadBundled());

    private static IReadOnlyList<EntityMention> RecognizeSeed(string name)
        => Recognizer.Recognize(File.ReadAllLines(RepoPaths.Fixture("seeds", name)).Where(l => l.Trim().Length > 0).ToList());

    private static List<string> Canonical(IEnumerable<EntityMention> mentions, Func<EntityMention, bool> which)
        => mentions.Where(which).Select(m => m.Canonical).Distinct().ToList();

    [Fact]
    public void The_Ritzau_seed_names_its_places_once_each_in_Danish()
    {
        var locations = Canonical(RecognizeSeed("ritzau-amnesti.txt"), m => m.Type == EntityType.Location);
        foreach (var place in new[] { "Aserbajdsjan", "Armenien", "Nagorno-Karabakh", "Stepanakert", "Jerevan", "Rusland", "Tyrkiet" })
            Assert.Contains(place, locations);
        Assert.DoesNotContain("Aserbajdsjans", locations);
        Assert.DoesNotContain("Nagorno-Kharabakh", locations);
        Assert.Equal(locations.Count, locations.Distinct().Count());
    }

    [Fact]
    public void The_Ritzau_seed_tags_its_people_and_no_sentence_openers()
    {
        var tags = Canonical(RecognizeSeed("ritzau-amnesti.txt"), m => m.Type != EntityType.Location);
        foreach (var person in new[] { "Hikmet Hajiyev", "Ilham Aliyev", "Nikol Pashinyan" })
            Assert.Contains(person, tags);
        foreach (var word in new[] { "Torsdag", "Artiklen", "Det", "Men", "Ifølge", "Fredag", "Onsdag" })
            Assert.DoesNotContain(word, tags);
    }

    [Fact]
    public void The_TV2_seeds_name_their_towns()
    {
        var billund = Canonical(RecognizeSeed("tv2-billund.txt"), m => m.Type == EntityType.Location);
        var borgmestre = Canonical(RecognizeSeed("tv2-borgmestre.txt"), m => m.Type == EntityType.Location);
        Assert.Contains("Billund", billund);
        Assert.Contains("Portugal", billund);
        foreach (var town in new[] { "Fredericia", "Sønderborg", "Haderslev", "Vejle", "Kolding" })
            Assert.Contains(town, borgmestre);
    }

    [Fact]
    public void A_short_name_after_the_full_name_is_one_tag()
    {
        string[] texts = ["Præsident Ilham Aliyev talte torsdag i Baku.", "Senere sagde Aliyev, at Aliyevs regering vil forhandle."];
        var people = Recognizer.Recognize(texts).Where(m => m.Type == EntityType.Person).ToList();
        Assert.True(people.Count >= 2, string.Join(", ", people));
        Assert.All(people, p => Assert.Equal("Ilham Aliyev", p.Canonical));
    }

    [Fact]
    public void Mentions_carry_their_character_span()
    {
        string[] texts = ["Demonstranter i Armeniens hovedstad, Jerevan, kræver svar."];
        var mentions = Recognizer.Recognize(texts);
        var armenia = Assert.Single(mentions, m => m.Canonical == "Armenien");
        Assert.Equal("Armeniens", texts[0].Substring(armenia.Start, armenia.Length));
        Assert.Equal("Armeniens", armenia.Surface);
        Assert.Contains(mentions, m => m.Canonical == "Jerevan" && texts[0].Substring(m.Start, m.Length) == "Jerevan");
    }
}
