using StaticNews.Text;

namespace StaticNews.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void Keeps_hyphenated_names_and_numbers_whole()
    {
        var tokens = Tokenizer.Tokenize("Nagorno-Karabakh har omkring 150.000 mennesker.");
        Assert.Equal(["Nagorno-Karabakh", "har", "omkring", "150.000", "mennesker"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Marks_sentence_starts_after_full_stops_and_dash_quotes()
    {
        var tokens = Tokenizer.Tokenize("- Det gælder selv. Torsdag lød det, at Reuters skrev.");
        var starts = tokens.Where(t => t.SentenceStart).Select(t => t.Text);
        Assert.Equal(["Det", "Torsdag"], starts);
    }

    [Fact]
    public void A_comma_breaks_a_run_of_names()
    {
        var tokens = Tokenizer.Tokenize("i Sønderborg, Haderslev, Vejle,Hedensted og Kolding");
        var haderslev = tokens.Single(t => t.Text == "Haderslev");
        var hedensted = tokens.Single(t => t.Text == "Hedensted");
        Assert.False(haderslev.JoinedToPrevious);
        Assert.False(hedensted.JoinedToPrevious);
    }

    [Fact]
    public void A_compound_with_a_lower_case_tail_is_not_a_name()
    {
        var token = Tokenizer.Tokenize("den første Venstre-borgmester").Single(t => t.Text.StartsWith('V'));
        Assert.False(token.IsCapitalised);
    }
}
