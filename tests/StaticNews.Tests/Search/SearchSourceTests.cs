using StaticNews.Search;

namespace StaticNews.Tests.Search;

/// <summary>
/// A source's keys are spelled per id; set beside the last build's keys, a key that is the same
/// is that build's string, and only a key that differs (or a new id's) is made.
/// </summary>
public sealed class SearchSourceTests
{
    private static SearchSource Source(params string[] keys) => new(null, "", "search", keys.Length,
        (id, into) =>
        {
            keys[id].CopyTo(into);
            return keys[id].Length;
        },
        _ => [], (_, _) => throw new InvalidOperationException("no document is read"), (_, _) => false);

    [Fact]
    public void A_key_is_what_the_source_spells_for_its_id()
        => Assert.Equal("b2", Source("a1", "b2").KeyOf(1));

    [Fact]
    public void Keys_the_last_build_had_are_its_strings_and_the_others_are_made()
    {
        // Built from parts, so that they are other strings than the source's.
        string[] known = [string.Concat("a", "1"), string.Concat("b", "2"), string.Concat("c", "3")];
        var keys = Source("a1", "x9", "c3", "d4").KeysLike(known);
        Assert.Equal(["a1", "x9", "c3", "d4"], keys);
        Assert.Same(known[0], keys[0]);
        Assert.Same(known[2], keys[2]);
        Assert.NotSame(known[1], keys[1]);
    }

    [Fact]
    public void Keys_of_ids_past_the_last_build_are_made_and_ids_it_had_past_the_source_are_left_out()
    {
        Assert.Equal(["a1"], Source("a1").KeysLike(["a1", "b2"]));
        Assert.Equal(["a1", "b2"], Source("a1", "b2").KeysLike([]));
    }

    [Fact]
    public void A_key_of_the_longest_length_is_spelled_whole()
    {
        var longest = new string('k', SearchSource.MaxKeyLength);
        Assert.Equal(longest, Source(longest).KeyOf(0));
        Assert.Equal([longest], Source(longest).KeysLike(["other"]));
    }
}
