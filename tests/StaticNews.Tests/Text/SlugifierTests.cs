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
}
