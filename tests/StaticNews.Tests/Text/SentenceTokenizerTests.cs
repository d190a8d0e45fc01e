using StaticNews.Text;

namespace StaticNews.Tests.Text;

public class SentenceTokenizerTests
{
    [Fact]
    public void Splits_punctuation_but_keeps_numbers_abbreviations_and_compounds_whole()
    {
        var sentences = SentenceTokenizer.Split("Bl.a. har Nagorno-Karabakh 150.000 indbyggere, ifølge K. Hansen A/S. Det er 9,5 pct. flere.");
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Bl.a.", "har", "Nagorno-Karabakh", "150.000", "indbyggere", ",", "ifølge", "K.", "Hansen", "A/S", "."], sentences[0].Select(t => t.Text));
        Assert.Equal(["Det", "er", "9,5", "pct.", "flere", "."], sentences[1].Select(t => t.Text));
        Assert.True(sentences[1][0].SentenceStart);
    }

    [Fact]
    public void Tokens_keep_their_offsets_and_a_slash_between_names_splits()
    {
        const string text = "ruter til Faro/Algarve i Portugal";
        var tokens = SentenceTokenizer.Split(text).Single();
        Assert.Equal(["ruter", "til", "Faro", "/", "Algarve", "i", "Portugal"], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(t.Text, text.Substring(t.Start, t.Text.Length)));
    }
}
