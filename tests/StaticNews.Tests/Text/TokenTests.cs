using StaticNews.Text;

namespace StaticNews.Tests.Text;

public class TokenTests
{
    [Theory]
    [InlineData("Venstre-borgmester", false)]
    [InlineData("Nagorno-Karabakh", true)]
    [InlineData("SUN-AIR", true)]
    [InlineData("Fredericia", true)]
    [InlineData("fredericia", false)]
    public void A_compound_with_a_lower_case_tail_is_not_a_name(string word, bool capitalised)
        => Assert.Equal(capitalised, new Token(word, 0, false).IsCapitalised);

    [Theory]
    [InlineData("KLM", true)]
    [InlineData("SUN-AIR", true)]
    [InlineData("K", false)]
    [InlineData("Klm", false)]
    [InlineData("2010", false)]
    public void Acronyms_are_all_capitals(string word, bool allCaps)
        => Assert.Equal(allCaps, new Token(word, 0, false).IsAllCaps);
}
