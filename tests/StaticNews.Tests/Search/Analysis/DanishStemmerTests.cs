using StaticNews.Search.Analysis;


namespace StaticNews.Tests.Search.Analysis;

public sealed class DanishStemmerTests
{
    [Fact]
    public void Agrees_with_every_line_of_the_Snowball_vocabulary()
    {
        var pairs = SnowballVocabulary.Load();
        Assert.Equal(23_832, pairs.Count);
        var wrong = pairs.Where(p => DanishStemmer.Stem(p.Word) != p.Stem).Select(p => $"{p.Word} → {DanishStemmer.Stem(p.Word)}, expected {p.Stem}").ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} stems differ, e.g.\n" + string.Join('\n', wrong.Take(20)));
    }

    [Theory]
    [InlineData("armenske", "armensk")]
    [InlineData("armensk", "armensk")]
    [InlineData("soldaterne", "soldat")]
    [InlineData("amnesti", "amnesti")]
    [InlineData("på", "på")]
    public void Inflections_meet_in_one_stem(string word, string stem) => Assert.Equal(stem, DanishStemmer.Stem(word));
}
