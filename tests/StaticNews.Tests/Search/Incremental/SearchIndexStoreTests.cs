using StaticNews.Caching;
using StaticNews.Search.Analysis;
using StaticNews.Search.Incremental;
using StaticNews.Search.IndexFormat;


namespace StaticNews.Tests.Search.Incremental;

/// <summary>
/// The store hands a later build each document's counted terms and each shard's postings exactly
/// as they were made; a damaged, foreign or stale file is never trusted, and only what the last
/// state names is kept.
/// </summary>
public sealed class SearchIndexStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static SearchDocument Doc(string title, string body)
        => new("/a/", title, "Et kort resumé", body, ["Hikmet Hajiyev"], ["Armenien"], [], "2023-01-01T00:00:00+01:00", "1. januar 2023");

    private SearchIndexStore Store(SearchIndexOptions? options = null) => SearchIndexStore.Open(new BuildCache(_temp.Path), options ?? new SearchIndexOptions(), "search/")!;

    [Fact]
    public void Counts_and_filter_keys_come_back_per_document_term_and_field()
    {
        var terms = new TermTable();
        var counted = DocumentTerms.Count(Doc("Amnesti til soldater", "amnesti amnesti i Armenien"), SearchField.All, terms);
        var other = DocumentTerms.Count(Doc("Nyt", "intet om det"), SearchField.All, terms);
        var name = Store().PutSegment([new("key-1", counted, ["~location:armenien", "~year:2023"]), new("key-2", other, [])], terms);

        var loadedTerms = new TermTable();
        var loaded = Store().GetSegment(name, loadedTerms);
        Assert.Equal(["key-1", "key-2"], loaded.Select(d => d.Key));
        Assert.Equal(counted.Lengths, loaded[0].Terms.Lengths);
        Assert.Equal(Table(counted, terms), Table(loaded[0].Terms, loadedTerms));
        Assert.Equal(Table(other, terms), Table(loaded[1].Terms, loadedTerms));
        Assert.Equal(["~location:armenien", "~year:2023"], loaded[0].FilterKeys);
        Assert.Empty(loaded[1].FilterKeys);
    }

    [Fact]
    public void A_shards_entries_come_back_with_their_postings_bytes_and_rest()
    {
        var docs = new[] { 3, 17, 18, 400 };
        byte[] impacts = [5, 99, 1, 42];
        var term = ShardEntry.Term("amnesti", docs, impacts, headSize: 2);
        var filter = ShardEntry.Filter("~year:2023", "2023", [0, 3, 400]);
        var location = Store().PutPack([[term, filter]]).Single();

        var back = Store().GetShard(location);
        Assert.Equal(["amnesti", "~year:2023"], back.Select(e => e.Key));
        Assert.Equal(docs, back[0].Postings().Docs);
        Assert.Equal(impacts, back[0].Postings().Impacts);
        Assert.Equal(term.Value.ToArray(), back[0].Value.ToArray());
        Assert.Equal(term.RestParts.Select(p => p.ToArray()), back[0].RestParts.Select(p => p.ToArray()));
        Assert.Equal(term.RestNames, back[0].RestNames);
        Assert.NotNull(term.RestNames);
        Assert.Equal([0, 3, 400], back[1].Documents());
        Assert.Equal(("2023", true), (back[1].Label, back[1].IsFilter));
    }

    [Fact]
    public void Blobs_of_one_pack_are_found_where_it_says()
    {
        var shards = Enumerable.Range(0, 5).Select(i => (IReadOnlyList<ShardEntry>)[ShardEntry.Filter("~tag:t" + i, "T" + i, [i, i + 1])]).ToList();
        var locations = Store().PutPack(shards);
        Assert.Single(locations.Select(l => l.Pack).Distinct());
        Assert.Equal(["~tag:t0", "~tag:t1", "~tag:t2", "~tag:t3", "~tag:t4"], locations.Select(l => Store().GetShard(l).Single().Key));
        Assert.Equal([3, 4], Store().GetShard(locations[3]).Single().Documents());
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("cut")]
    [InlineData("gone")]
    public void A_damaged_pack_or_segment_throws_instead_of_answering(string damage)
    {
        var terms = new TermTable();
        var segment = Store().PutSegment([new("key-1", DocumentTerms.Count(Doc("Amnesti", "amnesti"), SearchField.All, terms), [])], terms);
        var blob = Store().PutPack([[ShardEntry.Filter("~tag:a", "A", [1, 2, 3])]]).Single();
        foreach (var file in new[] { segment, blob.Pack }.Select(n => Path.Combine(_temp.Path, "search", n)))
        {
            var bytes = File.ReadAllBytes(file);
            if (damage == "gone") File.Delete(file);
            else File.WriteAllBytes(file, damage == "flip" ? [.. bytes.Select((b, i) => i == bytes.Length / 2 ? (byte)(b ^ 1) : b)] : bytes[..^1]);
        }
        Assert.True(SearchIndexStore.IsDamage(Record.Exception(() => Store().GetSegment(segment, new TermTable()))!));
        Assert.True(SearchIndexStore.IsDamage(Record.Exception(() => Store().GetShard(blob))!));
    }

    [Fact]
    public void The_state_comes_back_for_the_same_options_only_and_keeps_only_the_files_it_names()
    {
        var terms = new TermTable();
        var store = Store();
        var stale = store.PutSegment([new("old", DocumentTerms.Count(Doc("Gammel", "tekst"), SearchField.All, terms), [])], terms);
        var segment = store.PutSegment([new("new", DocumentTerms.Count(Doc("Ny", "tekst"), SearchField.All, terms), [])], terms);
        var blob = store.PutPack([[ShardEntry.Filter("~tag:a", "A", [0])]]).Single();
        store.Save(new SearchIndexState
        {
            Keys = ["new"], FragmentNames = ["f1"], LengthSums = new long[SearchField.All.Count], TotalBytes = 10, TermCount = 0, SplitCount = 0,
            Shards = [new ShardRecord("~tag:a", "0123456789abcdef", blob, 10, [])], Segments = [segment], Groups = ["g1"],
        });

        var loaded = Store().Load()!;
        Assert.Equal(["new"], loaded.Keys);
        Assert.Equal(blob, loaded.Shards.Single().Blob);
        Assert.Equal(new[] { segment, blob.Pack, "index.bin" }.Order(StringComparer.Ordinal), Directory.GetFiles(Path.Combine(_temp.Path, "search")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(stale, Directory.GetFiles(Path.Combine(_temp.Path, "search")).Select(Path.GetFileName));
        Assert.Null(Store(new SearchIndexOptions { BlockSize = 64 }).Load());
        Assert.Null(SearchIndexStore.Open(null, new SearchIndexOptions(), "search/"));
    }

    [Fact]
    public void Changed_ids_are_those_whose_key_differs_or_that_came_or_went()
    {
        var state = new SearchIndexState
        {
            Keys = ["a", "b", "c", "d"], FragmentNames = ["1", "2", "3", "4"], LengthSums = new long[SearchField.All.Count], TotalBytes = 0,
            TermCount = 0, SplitCount = 0, Shards = [], Segments = [], Groups = [],
        };
        Assert.Equal([], state.ChangedIds(["a", "b", "c", "d"], 10));
        Assert.Equal([4, 5], state.ChangedIds(["a", "b", "c", "d", "e", "f"], 10));
        Assert.Equal([1, 3], state.ChangedIds(["a", "x", "c"], 10));
        Assert.Null(state.ChangedIds(["z", "b", "y", "x"], 2));
    }

    private static SortedDictionary<string, ulong> Table(DocumentTerms counted, TermTable terms)
    {
        var table = new SortedDictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var entry in counted.Entries) table.Add(terms[entry.TermId], entry.Counts);
        return table;
    }

    public void Dispose() => _temp.Dispose();
}
