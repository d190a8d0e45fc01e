using static StaticNews.Tests.Search.StoredIndex;
using StaticNews.Search.Analysis;
using StaticNews.Search.Incremental;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Tests.Search.Incremental;

/// <summary>
/// The keys an update touches are every term and filter a changed document had or has, each once
/// and sorted; each comes with its entry as the last build left it and its entry made anew.
/// </summary>
public sealed class ChangedKeysTests : IDisposable
{
    private static readonly SearchDocument[] Last = [Doc("Amnesti", "soldater får amnesti"), Doc("Valg", "valget i Armenien", new SearchFilter("tag", "valg", "Valg"))];

    private readonly StoredIndex _index = new(Last);

    private ChangedKeys Keys(params SearchDocument[] next)
    {
        var changed = _index.Changed(next);
        changed.ReadOld();
        var keys = new ChangedKeys(changed, _index.Terms, TermImpact.AverageLengths(changed.LengthSums(), changed.After), _index.Builder.Options.K1);
        keys.ReadOld(new OldShards(_index.State.Shards, _index.Store));
        keys.Make(changed, _index.Builder.Options.HeadPostings);
        return keys;
    }

    private ShardEntry? Old(ChangedKeys keys, string key) => keys.Olds[Array.IndexOf(keys.Keys, key)];

    private ShardEntry? Fresh(ChangedKeys keys, string key) => keys.Fresh[Array.IndexOf(keys.Keys, key)];

    [Fact]
    public void The_keys_are_the_terms_and_filters_an_edited_document_had_or_has_sorted_and_each_once()
    {
        var keys = Keys(Last[0], Doc("Valg", "valget i Georgien", new SearchFilter("tag", "valg", "Valg"), new SearchFilter("location", "georgien", "Georgien")));
        Assert.Equal(["armeni", "georgi", "valg", "~location:georgien", "~tag:valg"], keys.Keys);
    }

    [Fact]
    public void A_key_no_document_holds_any_more_had_an_entry_and_has_none()
    {
        var keys = Keys(Last[0], Doc("Valg", "valget i Georgien", new SearchFilter("tag", "valg", "Valg")));
        Assert.Equal(1, Old(keys, "armeni")!.Count);
        Assert.Null(Fresh(keys, "armeni"));
    }

    [Fact]
    public void A_new_key_had_no_entry_and_has_one_with_its_documents()
    {
        var keys = Keys(Last[0], Doc("Valg", "valget i Georgien", new SearchFilter("tag", "valg", "Valg"), new SearchFilter("location", "georgien", "Georgien")));
        Assert.Null(Old(keys, "georgi"));
        Assert.Equal([1], Fresh(keys, "georgi")!.Postings().Docs);
        Assert.Equal([1], Fresh(keys, "~location:georgien")!.Documents());
        Assert.Equal("Georgien", Fresh(keys, "~location:georgien")!.Label);
    }

    [Fact]
    public void A_new_article_adds_its_posting_to_the_entries_it_shares_with_older_ones()
    {
        var keys = Keys(Last[0], Last[1], Doc("Amnesti igen", "ny amnesti", new SearchFilter("tag", "valg", "Valg")));
        Assert.Equal([0, 2], Fresh(keys, "amnesti")!.Postings().Docs);
        Assert.Equal([1, 2], Fresh(keys, "~tag:valg")!.Documents());
        Assert.DoesNotContain("valg", keys.Keys);
    }

    public void Dispose() => _index.Dispose();
}
