using StaticNews.Configuration;

namespace StaticNews.Tests.Configuration;

/// <summary>
/// A listing whose maker read its files hands over their hashes itself; a walked listing, which
/// read none, leaves a file's hash to whoever else knows it.
/// </summary>
public class InputListingTests
{
    private static readonly string[] Files = [Path.Combine("input", "seeds", "a.txt"), Path.Combine("input", "seeds", "b.txt")];

    [Fact]
    public void A_listing_with_hashes_gives_each_file_its_own_and_asks_no_one_else()
    {
        var listing = new InputListing(Files, [], []) { Hashes = ["hash-a", "hash-b"] };

        Assert.Equal("hash-a", listing.HashOf(0, _ => throw new InvalidOperationException("asked though the listing knows")));
        Assert.Equal("hash-b", listing.HashOf(1, null));
    }

    [Fact]
    public void A_walked_listing_asks_what_is_known_of_the_file_by_its_path()
    {
        var listing = new InputListing(Files, [], []);
        var known = new Dictionary<string, string> { [Files[1]] = "hash-b" };

        Assert.Null(listing.HashOf(0, known.GetValueOrDefault));
        Assert.Equal("hash-b", listing.HashOf(1, known.GetValueOrDefault));
        Assert.Null(listing.HashOf(1, null));
    }
}
