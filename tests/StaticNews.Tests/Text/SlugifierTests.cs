using StaticNews.Text;

namespace StaticNews.Tests.Text;

public class SlugifierTests
{
    [Theory]
    [InlineData("Aserbajdsjan åbner for amnesti til armenske soldater", "aserbajdsjan-aabner-for-amnesti-til-armenske-soldater")]
    [InlineData("Ærø og Øresund", "aeroe-og-oeresund")]
    [InlineData("Århus", "aarhus")]
    [InlineData("ÅRHUS", "aarhus")]
    [InlineData("Aarhus", "aarhus")]
    [InlineData("Nagorno-Karabakh", "nagorno-karabakh")]
    [InlineData("São Tomé", "sao-tome")]
    [InlineData("Ilham Aliyev", "ilham-aliyev")]
    [InlineData("  --Hello,   World!--  ", "hello-world")]
    public void Transliterates_Danish_letters_and_folds_other_accents(string name, string expected)
        => Assert.Equal(expected, Slugifier.Slugify(name));

    [Theory]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData(".", Slugifier.Fallback)]
    [InlineData("...", Slugifier.Fallback)]
    [InlineData("", Slugifier.Fallback)]
    [InlineData("CON", "con-0")]
    [InlineData("lpt1", "lpt1-0")]
    [InlineData("Aux", "aux-0")]
    public void Never_yields_a_path_that_climbs_or_is_empty(string name, string expected)
        => Assert.Equal(expected, Slugifier.Slugify(name));

    [Fact]
    public void Cuts_long_names_at_a_word_boundary()
    {
        var slug = Slugifier.Slugify(string.Join(' ', Enumerable.Repeat("nyhedsbureauet", 20)));
        Assert.True(slug.Length <= Slugifier.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.All(slug.Split('-'), part => Assert.Equal("nyhedsbureauet", part));
    }

    [Theory]
    [InlineData("aarhus")]
    [InlineData("nagorno-karabakh-2")]
    [InlineData("a")]
    [InlineData("con")]
    [InlineData("con-0")]
    [InlineData("a--b")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("ab-cd-efgh-ijkl-mnop-qrst-uvwx-yzab-cdef-ghij-klmn-opqr-stuv-wxyz-abcd-efgh-ijkl-mnop")]
    public void A_slug_given_again_comes_back_as_the_long_way_makes_it(string slug)
        => Assert.Equal(LongWay(slug), Slugifier.Slugify(slug));

    [Fact]
    public void Text_of_slug_characters_comes_back_as_the_long_way_makes_it()
    {
        // Every string of up to four characters from a, 1 and the hyphen, and lengths around the cut.
        var alphabet = "a1-";
        var all = new List<string> { "" };
        for (var length = 1; length <= 4; length++)
            all.AddRange(all.Where(s => s.Length == length - 1).SelectMany(s => alphabet.Select(c => s + c)).ToList());
        all.AddRange(Enumerable.Range(75, 10).SelectMany(n => new[] { new string('a', n), "ab-" + new string('c', n - 3), new string('b', n - 5) + "-cd-e" }));
        Assert.All(all, text => Assert.Equal(LongWay(text), Slugifier.Slugify(text)));
    }

    // The slugifier's rules applied by hand to text that is only slug characters, without its shortcut.
    private static string LongWay(string text)
    {
        var slug = string.Join('-', text.Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > Slugifier.MaxLength)
        {
            var cut = slug.LastIndexOf('-', Slugifier.MaxLength);
            slug = cut > Slugifier.MaxLength / 2 ? slug[..cut] : slug[..Slugifier.MaxLength].TrimEnd('-');
        }
        if (slug.Length == 0) return Slugifier.Fallback;
        return slug is "con" or "prn" or "aux" or "nul" ? slug + "-0" : slug;
    }
}
