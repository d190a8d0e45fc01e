using StaticNews.Search.Analysis;


namespace StaticNews.Tests.Search.Analysis;

public sealed class SearchTokenizerTests
{
    [Fact]
    public void A_hyphenated_name_is_a_term_whole_and_by_its_parts()
        => Assert.Equal(["nagorno-karabakh", "nagorno", "karabakh"], SearchTokenizer.Terms("Nagorno-Karabakh"));

    [Fact]
    public void Danish_letters_are_kept_and_words_are_stemmed()
        => Assert.Equal(["åbn", "amnesti", "armensk", "soldat", "hænd"], SearchTokenizer.Terms("Åbner for amnesti til armenske soldater på hænder"));

    [Fact]
    public void Numbers_stay_whole_with_their_separators()
        => Assert.Equal(["150.000", "150", "000", "2,5", "2", "5", "pct"], SearchTokenizer.Terms("150.000 og 2,5 pct."));

    [Fact]
    public void A_full_stop_after_a_word_does_not_join_it_to_the_next()
        => Assert.Equal(["slut", "ny"], SearchTokenizer.Terms("slut.Ny"));

    [Fact]
    public void Stop_words_are_left_out_but_not_inside_a_joined_word()
    {
        Assert.Empty(SearchTokenizer.Terms("og i at det er på"));
        Assert.Equal(["de-facto", "facto"], SearchTokenizer.Terms("de-facto"));
    }

    [Fact]
    public void Words_report_where_they_stand()
    {
        var words = SearchTokenizer.Words("  Hej, Nagorno-Karabakh!").ToList();
        Assert.Equal([("Hej", 2, false), ("Nagorno-Karabakh", 7, true)], words.Select(w => (w.Text, w.Start, w.IsJoined)));
    }

    [Fact]
    public void A_spelling_met_before_gives_the_terms_it_gave_the_first_time()
    {
        // Words already stemmed are remembered per thread: a spelling met again, plain or as a
        // joined word's whole or part, must give what it gave when it was first worked out.
        const string text = "De Soldater og de-facto soldater: Soldater-De og SOLDATER";
        string[] expected = ["soldat", "de-facto", "facto", "soldat", "soldater-d", "soldat", "soldat"];
        Assert.Equal(expected, SearchTokenizer.Terms(text));
        Assert.Equal(expected, SearchTokenizer.Terms(text));
    }
}
