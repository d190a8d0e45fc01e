using StaticNews.Enrichment;

namespace StaticNews.Tests.Enrichment;

public class HeadlineWriterTests
{
    [Fact]
    public void The_Ritzau_lead_gives_a_headline_cut_before_its_trailing_phrase()
    {
        var lead = "Aserbajdsjan åbner for amnesti til armenske soldater i den omstridte region Nagorno-Karabakh, hvis de lægger deres våben.";
        var headline = HeadlineWriter.FromLead(lead);
        Assert.StartsWith("Aserbajdsjan åbner for amnesti", headline);
        Assert.True(headline.Length <= HeadlineWriter.MaxLength);
        Assert.False(headline.EndsWith(','));
        Assert.False(headline.EndsWith('.'));
    }

    [Fact]
    public void A_short_first_sentence_is_the_headline_as_it_stands()
        => Assert.Equal("Regeringen falder", HeadlineWriter.FromLead("Regeringen falder. Statsministeren udskriver valg."));

    [Theory]
    [InlineData("Borgmesteren i den lille by ved fjorden har i dag meddelt byrådet og pressen, at hun efter mange år på posten og efter lang tids overvejelse går af")]
    [InlineData("Politiet efterlyser vidner til et færdselsuheld og en flugtbilist samt en række andre hændelser i løbet af natten til søndag i det centrale København og omegn")]
    public void Long_leads_are_cut_at_a_boundary_and_never_end_on_a_dangling_word(string lead)
    {
        var headline = HeadlineWriter.FromLead(lead);
        Assert.InRange(headline.Length, 20, HeadlineWriter.MaxLength);
        var last = headline.Split(' ')[^1];
        Assert.DoesNotContain(last, new[] { "og", "i", "at", "en", "på", "til", "samt" });
        Assert.False(headline.EndsWith(','));
        Assert.StartsWith(headline, lead);
    }
}
