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

    [Fact]
    public void An_abbreviation_before_a_name_or_a_number_does_not_end_the_sentence()
    {
        var sentences = SentenceTokenizer.Split("Han læser ved Mount St. Vincent University, og Jens Chr. Birch bor på Kgs. Nytorv med ca. 40 andre. Nu kl. 18 går de.");
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Han", "læser", "ved", "Mount", "St.", "Vincent", "University", ",", "og", "Jens", "Chr.", "Birch", "bor", "på", "Kgs.", "Nytorv", "med", "ca.", "40", "andre", "."],
            sentences[0].Select(t => t.Text));
        Assert.Equal(["Nu", "kl.", "18", "går", "de", "."], sentences[1].Select(t => t.Text));
    }

    [Fact]
    public void A_lower_case_abbreviation_before_a_capital_still_ends_the_sentence()
    {
        var sentences = SentenceTokenizer.Split("Prisen steg 5 pct. Det var ventet.");
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Prisen", "steg", "5", "pct", "."], sentences[0].Select(t => t.Text));
        Assert.Equal(["Det", "var", "ventet", "."], sentences[1].Select(t => t.Text));
    }
}
