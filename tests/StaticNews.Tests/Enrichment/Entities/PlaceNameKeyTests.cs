using CsCheck;
using StaticNews.Enrichment.Entities;

namespace StaticNews.Tests.Enrichment.Entities;

public class PlaceNameKeyTests
{
    [Theory]
    [InlineData("Nagorno-Karabakh", "nagorno karabakh")]
    [InlineData("NAGORNO  KARABAKH", "nagorno karabakh")]
    [InlineData(" Sankt‐Petersborg – ", "sankt petersborg")]
    [InlineData("Århus", "århus")]
    [InlineData("-", "")]
    public void Is_lower_case_with_hyphens_and_runs_of_spaces_as_one_space(string name, string key)
        => Assert.Equal(key, PlaceNameKey.Of(name));

    [Theory]
    [InlineData("Nagorno-Karabakh")]
    [InlineData("Den", "Dominikanske", "Republik")]
    [InlineData("Paris", "'")]
    [InlineData("Foo", "-", "Bar-", "ØST")]
    [InlineData("İstanbul", "𝔄bc", "x")]
    public void Built_token_by_token_is_the_key_of_the_tokens_joined_by_spaces(params string[] tokens)
        => Assert.Equal(PlaceNameKey.Of(string.Join(' ', tokens)), BuiltTokenByToken(tokens));

    [Fact]
    public void Built_token_by_token_is_the_key_of_the_joined_tokens_for_any_tokens()
        => Gen.Char["aZæØ -‐–'s\t"].Array[0, 6].Select(c => new string(c)).Array[0, 5]
            .Sample(tokens => BuiltTokenByToken(tokens) == PlaceNameKey.Of(string.Join(' ', tokens)));

    private static string BuiltTokenByToken(string[] tokens)
    {
        var key = new char[tokens.Sum(t => t.Length + 1)];
        var length = 0;
        foreach (var token in tokens) length = PlaceNameKey.Append(key, length, token);
        return new string(key, 0, length);
    }
}
