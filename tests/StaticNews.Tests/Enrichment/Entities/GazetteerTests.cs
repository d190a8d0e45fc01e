using StaticNews.Enrichment.Entities;

namespace StaticNews.Tests.Enrichment.Entities;

public class GazetteerTests
{
    private static Gazetteer Load(string text)
    {
        var gazetteer = new Gazetteer();
        gazetteer.AddTsv(text);
        return gazetteer;
    }

    private static Place Find(Gazetteer gazetteer, string name)
        => gazetteer.TryFind(name, out var place) ? place : throw new Xunit.Sdk.XunitException($"{name} not found");

    [Fact]
    public void Reads_columns_as_tabs_separate_them_with_kind_place_where_a_row_names_none()
    {
        var places = Load("# a comment\tline\nAlpha\nBeta\tcity\nGamma\ttown\tG One||G-Two\t1\textra\r\nDelta\ttown\t\t1\nEpsilon\ttown\tE\t0\n\n");
        Assert.Equal(new Place("Alpha", "place", false), Find(places, "alpha"));
        Assert.Equal(new Place("Beta", "city", false), Find(places, "BETA"));
        Assert.Equal(new Place("Gamma", "town", true), Find(places, "Gamma"));
        Assert.Equal("Gamma", Find(places, "g one").Name);
        Assert.Equal("Gamma", Find(places, "G two").Name);
        Assert.Equal(new Place("Delta", "town", true), Find(places, "Delta"));
        Assert.Equal(new Place("Epsilon", "town", false), Find(places, "E"));
        Assert.False(places.TryFind("# a comment", out _));
        Assert.Equal(8, places.Count);
        Assert.Equal(2, places.MaxWords);
        Assert.True(places.IsFirstWord("g"));
        Assert.False(places.IsFirstWord("one"));
    }

    [Fact]
    public void An_alias_never_hides_another_rows_own_name_and_the_first_alias_of_a_name_wins()
    {
        var places = Load("Aby\ttown\tBy|Shared\t0\nBy\tcity\t\t0\nCy\ttown\tShared\t0");
        Assert.Equal("By", Find(places, "By").Name);
        Assert.Equal("Aby", Find(places, "Shared").Name);
    }

    [Fact]
    public void Holds_every_name_and_alias_of_the_shipped_place_list_as_its_rows_say()
    {
        // The rows read as plainly as can be: names first, each alias after unless its key is taken.
        var expected = new Dictionary<string, Place>(StringComparer.Ordinal);
        var aliases = new List<(string Alias, Place Place)>();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "data", "gazetteer", "places.tsv")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var columns = line.Split('\t');
            var place = new Place(columns[0], columns.Length > 1 ? columns[1] : "place", columns.Length > 3 && columns[3] == "1");
            var key = PlaceNameKey.Of(place.Name);
            if (key.Length > 0) expected[key] = place;
            if (columns.Length > 2 && columns[2].Length > 0) aliases.AddRange(columns[2].Split('|').Select(a => (a, place)));
        }
        foreach (var (alias, place) in aliases)
            if (PlaceNameKey.Of(alias) is { Length: > 0 } key) expected.TryAdd(key, place);

        var places = Gazetteer.LoadBundled();
        Assert.True(expected.Count > 10_000, $"only {expected.Count} names in the file");
        Assert.Equal(expected.Count, places.Count);
        Assert.All(expected, e => Assert.Equal(e.Value, places.TryFindKey(e.Key, out var place) ? place : null));
        Assert.Equal(expected.Keys.Max(k => k.Count(c => c == ' ')) + 1, places.MaxWords);
        Assert.All(expected.Keys, k => Assert.True(places.IsFirstWord(k.Split(' ')[0]), k));
    }
}
