using StaticNews.Search.Incremental;
using StaticNews.Search.IndexFormat;


namespace StaticNews.Tests.Search.Incremental;

public sealed class ChangedEntryTests
{
    private static KeyAdditions Adds(params (int Doc, int Impact)[] postings)
    {
        var adds = new KeyAdditions();
        foreach (var (doc, impact) in postings)
        {
            adds.Docs.Add(doc);
            adds.Impacts.Add(impact);
        }
        return adds;
    }

    [Fact]
    public void A_term_loses_the_changed_documents_postings_and_gains_their_new_ones_as_a_whole_list_writes_them()
    {
        var old = ShardEntry.Term("amnesti", [1, 3, 5, 7], [10, 20, 30, 40], headSize: 512);
        // 3 lost the term, 5 has it with another impact, 8 is new.
        var entry = ChangedEntry.Term("amnesti", old, Adds((5, 33), (8, 50)), [3, 5, 8], headSize: 512)!;

        var (docs, impacts) = entry.Postings();
        Assert.Equal([1, 5, 7, 8], docs);
        Assert.Equal([10, 33, 40, 50], impacts);
        Assert.Equal(ShardEntry.Term("amnesti", [1, 5, 7, 8], [10, 33, 40, 50], headSize: 512).Value.ToArray(), entry.Value.ToArray());
    }

    [Fact]
    public void A_term_whose_every_document_changed_it_away_is_gone()
    {
        var old = ShardEntry.Term("amnesti", [2, 4], [10, 20], headSize: 512);
        Assert.Null(ChangedEntry.Term("amnesti", old, Adds(), [2, 4], headSize: 512));
    }

    [Fact]
    public void A_new_term_is_made_from_its_additions_alone()
    {
        var entry = ChangedEntry.Term("nyhed", null, Adds((4, 7), (9, 12)), [4, 9], headSize: 1)!;
        Assert.Equal(ShardEntry.Term("nyhed", [4, 9], [7, 12], headSize: 1).Value.ToArray(), entry.Value.ToArray());
        Assert.True(entry.IsSplit);
    }

    [Fact]
    public void A_filter_keeps_its_unchanged_documents_and_gains_the_changed_ones_that_file_under_it()
    {
        var old = ShardEntry.Filter("~location:armenien", "Armenien", [2, 4, 6]);
        var adds = Adds((9, 0));
        adds.Label = "Armenien";
        var entry = ChangedEntry.Filter("~location:armenien", old, adds, [4, 9])!;

        Assert.Equal([2, 6, 9], entry.Documents());
        Assert.Equal(ShardEntry.Filter("~location:armenien", "Armenien", [2, 6, 9]).Value.ToArray(), entry.Value.ToArray());
    }

    [Fact]
    public void A_filters_label_is_its_first_documents()
    {
        var old = ShardEntry.Filter("~tag:valg", "Valg", [5]);
        var adds = Adds((1, 0));
        adds.Label = "Valget";
        Assert.Equal("Valget", ChangedEntry.Filter("~tag:valg", old, adds, [1])!.Label);
        Assert.Equal("Valg", ChangedEntry.Filter("~tag:valg", old, Adds(), [1])!.Label);
    }

    [Fact]
    public void A_filter_left_without_documents_is_gone()
    {
        var old = ShardEntry.Filter("~year:2023", "2023", [3]);
        Assert.Null(ChangedEntry.Filter("~year:2023", old, Adds(), [3]));
    }
}
