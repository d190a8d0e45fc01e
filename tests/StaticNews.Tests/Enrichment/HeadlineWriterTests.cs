using StaticNews.Enrichment;

namespace StaticNews.Tests.Enrichment;

/// <summary>
/// A headline drawn from a lead is a complete clause of at most 90 characters: cut where a
/// phrase or clause ends, never before the infinitive, clause or object the verb waits for;
/// where no such cut exists, cut at a word with an ellipsis. Leads from the issue, the sample
/// seed and the DaN+ news corpus (tests/fixtures/leads/).
/// </summary>
public class HeadlineWriterTests
{
    private static readonly string[] Leads = File.ReadAllLines(RepoPaths.Fixture("leads", "leads.txt")).Where(l => l.Length > 0).ToArray();

    public static TheoryData<string> AllLeads => [.. Leads];

    [Theory]
    // The lead: "vil have Folketinget" waits for "til at vedtage …".
    [InlineData("Statsminister Mette Frederiksen (S) vil have Folketinget til at vedtage en ny hjælpepakke til Ukraine inden sommerferien.",
        "Statsminister Mette Frederiksen (S) vil have Folketinget til at vedtage en ny hjælpepakke")]
    [InlineData("Aserbajdsjan åbner for amnesti til armenske soldater i den omstridte region Nagorno-Karabakh, hvis de lægger deres våben.",
        "Aserbajdsjan åbner for amnesti til armenske soldater")]
    [InlineData("Ejendomsselskabet Norden ønsker at vokse sig endnu større, end det bliver efter fusionen med et af Hafnia-koncernens selskaber, Aktieselskabet af 15. april 1980.",
        "Ejendomsselskabet Norden ønsker at vokse sig endnu større")]
    [InlineData("BMS forsøger nu at få en tvangsakkord stablet på benene, men flere personer spænder i øjeblikket ben for den plan.",
        "BMS forsøger nu at få en tvangsakkord stablet på benene")]
    [InlineData("Han mener, at det er en naturlig udvikling på et kapitalmarked, der er på vej til at helt at afskaffe enhver form for bindinger på tværs af landegrænserne.",
        "Han mener, at det er en naturlig udvikling på et kapitalmarked")]
    [InlineData("Det, der løb ved siden af munden, slikkede han op, og så var vi allerede på vej til endnu en tur.",
        "Det, der løb ved siden af munden, slikkede han op")]
    [InlineData("Den plads har Jakob Friis-Hansen spillet i Frankrig i tre af de fem kampe, han har spillet, siden han kom sig af en lysken-skade.",
        "Den plads har Jakob Friis-Hansen spillet i Frankrig")]
    public void A_long_lead_gives_its_longest_complete_opening_clause(string lead, string expected)
        => Assert.Equal(expected, HeadlineWriter.FromLead(lead));

    [Theory]
    // "oplyste, at …": what was reported is the news; no cut inside the clause is known to be whole.
    [InlineData("Fjernsynet oplyste, at mindst 500 lig blev fundet i ruinerne i Erzincan omkring 575 km øst for Ankara.",
        "Fjernsynet oplyste, at mindst 500 lig blev fundet i ruinerne i Erzincan omkring 575 km…")]
    // "forsikrede han …, at": the verb waits for its clause beyond 90 characters.
    [InlineData("Med den buldrende stemmeføring, der er blevet hans varemærke, forsikrede han fra USAs fornemste talerstol, at den demokratiske russiske regering ikke kan styrtes af reaktionære kræfter.",
        "Med den buldrende stemmeføring, der er blevet hans varemærke, forsikrede han fra USAs…")]
    // A lead that opens with a subordinate clause longer than a headline.
    [InlineData("Selv om der i nattens mulm og mørke forsvandt en del mahogni efter strandingen i fjor, blev der dog en hel del tilovers, som blev solgt på auktion.",
        "Selv om der i nattens mulm og mørke forsvandt en del mahogni efter strandingen i fjor…")]
    public void Where_no_complete_clause_fits_the_lead_is_cut_at_a_word_with_an_ellipsis(string lead, string expected)
        => Assert.Equal(expected, HeadlineWriter.FromLead(lead));

    [Fact]
    public void A_first_sentence_that_fits_is_the_headline_as_it_stands()
    {
        Assert.Equal("Regeringen falder", HeadlineWriter.FromLead("Regeringen falder. Statsministeren udskriver valg."));
        const string lead = "Hæren er parat til at svare med våben på enhver aggression mod Jugoslavien, siger Panic.";
        Assert.Equal(lead[..^1], HeadlineWriter.FromLead(lead));
    }

    [Theory]
    [MemberData(nameof(AllLeads))]
    public void Every_headline_is_an_opening_of_its_lead_cut_where_nothing_waits(string lead)
    {
        var headline = HeadlineWriter.FromLead(lead);
        Assert.InRange(headline.Length, 1, HeadlineWriter.MaxLength);

        var cut = headline.EndsWith('…') ? headline[..^1] : headline;
        Assert.StartsWith(cut, lead);
        var rest = lead[cut.Length..].TrimStart(',', '.');
        Assert.True(rest.Length == 0 || rest[0] == ' ', $"cut inside a word: {headline}");

        var words = cut.Split(' ');
        Assert.DoesNotContain(words[^1].ToLowerInvariant(), new[] { "og", "i", "at", "en", "et", "på", "til", "samt", "vil", "har", "skal", "kan", "der", "som" });
        if (!headline.EndsWith('…'))
        {
            Assert.Equal(cut.Count(c => c == '('), cut.Count(c => c == ')'));
            // What follows the cut is not what the verb waits for: "at …", "til at …".
            var next = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.False(next.Length > 0 && next[0] == "at", $"cut before 'at': {headline}");
            Assert.False(next.Length > 1 && next[1] == "at", $"cut before '{next[0]} at': {headline}");
        }
    }
}
