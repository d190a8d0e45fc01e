using StaticNews.Text;

namespace StaticNews.Tests.Text;

public class TokenTextsTests
{
    private static readonly List<Token> Sentence = [new("Mette", 0, true), new("Frederiksen", 6, false), new("talte", 18, false)];

    [Fact]
    public void The_texts_are_the_tokens_in_order()
        => Assert.Equal(["Mette", "Frederiksen", "talte"], TokenTexts.Of(Sentence));

    [Fact]
    public void A_run_of_tokens_is_joined_by_single_spaces()
    {
        Assert.Equal("Mette Frederiksen talte", TokenTexts.Joined(Sentence));
        Assert.Equal("Frederiksen talte", TokenTexts.Joined(Sentence, 1, 2));
        Assert.Equal("", TokenTexts.Joined(Sentence, 3, 0));
    }
}
