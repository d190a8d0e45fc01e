using StaticNews.Text;

namespace StaticNews.Tests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("aarhus", "århus", 2, 2)]
    [InlineData("kobenhavn", "københavn", 1, 1)]
    [InlineData("odense", "odense", 0, 0)]
    public void Counts_insertions_deletions_and_substitutions(string a, string b, int max, int expected)
        => Assert.Equal(expected, EditDistance.Distance(a, b, max));

    [Fact]
    public void Stops_past_the_bound_with_one_more_than_it()
        => Assert.Equal(2, EditDistance.Distance("stepanakert", "jerevan", 1));

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("ab", "ba")]
    [InlineData("pgae_size", "page_size")]
    public void A_swap_of_neighbouring_letters_is_one_edit_only_when_asked(string a, string b)
    {
        Assert.Equal(1, EditDistance.Distance(a, b, 3, swapIsOneEdit: true));
        Assert.Equal(2, EditDistance.Distance(a, b, 3));
    }
}
