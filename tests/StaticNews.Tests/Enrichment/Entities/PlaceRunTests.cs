using StaticNews.Enrichment.Entities;

namespace StaticNews.Tests.Enrichment.Entities;

public class PlaceRunTests
{
    private static readonly Gazetteer Places = Load(
        "Nagorno-Karabakh\tregion\t\t0",
        "Billund\ttown\t\t0",
        "Paris\tcity\t\t0",
        "Den Dominikanske Republik\tcountry\tDominikanske Republik\t0",
        "Ry\ttown\t\t1");

    private static Gazetteer Load(params string[] rows)
    {
        var gazetteer = new Gazetteer();
        gazetteer.AddTsv(string.Join('\n', rows));
        return gazetteer;
    }

    /// <summary>What the run names after each token is added: the place's name, or null.</summary>
    private static List<string?> Grow(params string[] tokens)
    {
        var found = new List<string?>();
        var run = new PlaceRun(Places, new char[PlaceRun.Room(tokens.Sum(t => t.Length), tokens.Length)]);
        foreach (var token in tokens)
        {
            run.Add(token);
            found.Add(run.TryFind(out var place) ? place.Name : null);
        }
        return found;
    }

    [Fact]
    public void Names_a_place_once_the_run_holds_all_its_words()
        => Assert.Equal([null, null, "Den Dominikanske Republik", null], Grow("Den", "Dominikanske", "Republik", "i"));

    [Fact]
    public void Finds_a_place_through_an_alias_and_whatever_the_hyphens_and_capitals()
    {
        Assert.Equal([null, "Den Dominikanske Republik"], Grow("DOMINIKANSKE", "REPUBLIK"));
        Assert.Equal(["Nagorno-Karabakh"], Grow("Nagorno-Karabakh"));
        Assert.Equal([null, "Nagorno-Karabakh"], Grow("Nagorno", "Karabakh"));
    }

    [Fact]
    public void Reads_a_Danish_genitive_as_the_place()
    {
        Assert.Equal(["Billund"], Grow("Billunds"));
        Assert.Equal(["Paris"], Grow("Paris'"));
        // The tokenizer splits "Paris' " into two tokens: the run of both is the genitive too.
        Assert.Equal(["Paris", "Paris"], Grow("Paris", "'"));
        Assert.Equal([null, "Den Dominikanske Republik"], Grow("Dominikanske", "Republiks"));
    }

    [Fact]
    public void Takes_no_s_off_a_text_of_three_letters_or_fewer_as_the_genitive_rule_says()
    {
        Assert.Equal([null], Grow("Rys"));
        Assert.Equal(["Ry"], Grow("Ry"));
    }

    [Fact]
    public void Says_whether_a_longer_run_could_still_become_a_place()
    {
        var run = new PlaceRun(Places, new char[32]);
        run.Add("Den");
        Assert.True(run.CanGrowIntoPlace);
        var other = new PlaceRun(Places, new char[32]);
        other.Add("Peter");
        Assert.False(other.CanGrowIntoPlace);
    }
}
