using StaticNews.Caching;
using System.Text.Json;
using StaticNews.Output;
using StaticNews.Text;
using StaticNews.Search;
using StaticNews.Search.Analysis;
using StaticNews.Search.Incremental;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Tests.Search;

/// <summary>
/// An index changed in place (<see cref="SearchIndexBuilder.Update"/>, from the store the last
/// build left and the files its output holds) is byte for byte the index built whole from the same
/// documents, after every kind of change; and a new article costs its own entries, not the archive's.
/// </summary>
[Trait("Category", "Slow")]
public sealed class IncrementalSearchIndexTests : IDisposable
{
    private readonly TempFolder _temp = new();

    /// <summary>Small heads, shards and blocks, so that a few hundred documents split lists and make many shards and groups.</summary>
    private static readonly SearchIndexOptions Small = new() { HeadPostings = 16, ShardBytes = 1500, BlockSize = 8, BlockGroup = 2 };

    /// <summary>
    /// A site's search folder across builds: the files output/ holds, the cache folder, and a build
    /// that goes the way SearchIndexWriter goes (the index changed in place when the store allows it,
    /// else built whole into the store). Kept files are taken from the last output, as the output
    /// layer takes them.
    /// </summary>
    private sealed class Builds(string cache, SearchIndexOptions options)
    {
        public Dictionary<string, byte[]> Output { get; private set; } = new(StringComparer.Ordinal);
        private Dictionary<string, string?> _keys = new(StringComparer.Ordinal);

        public int Incremental { get; private set; }
        public int Whole { get; private set; }

        /// <summary>Per build, the files written (new or with new bytes).</summary>
        public List<string> Written { get; } = [];

        public Dictionary<string, byte[]> Build(IReadOnlyList<SearchDocument> documents, bool keepOutput = true)
        {
            var builder = new SearchIndexBuilder(options);
            var store = SearchIndexStore.Open(new BuildCache(cache), options, "search/")!;
            var keys = documents.Select(Key).ToArray();
            var terms = new TermTable();
            var previous = store.Load();
            var files = new List<OutputFile>();
            var changedIds = previous?.ChangedIds(keys, 64 + previous.Documents / 32);
            SearchIndex? index = null;
            Func<string, string, bool> reusable = (path, key) => keepOutput && _keys.TryGetValue(path, out var made) && made == key;
            if (previous != null && changedIds != null)
            {
                var changed = changedIds.Where(d => d < keys.Length).ToDictionary(d => d, d => builder.Prepare(documents[d], terms, keys[d]));
                index = builder.Update(store, previous, keys, changedIds, changed, terms, "search/", reusable);
                if (index != null)
                {
                    for (var d = 0; d < keys.Length; d++)
                    {
                        var name = changed.TryGetValue(d, out var document) ? document.FragmentName : previous.FragmentNames[d];
                        var path = "search/f/" + name + ".json.gz";
                        files.Add(document != null ? new OutputFile(path, document.Fragment!) { Key = SearchIndexFiles.ContentKey }
                            : reusable(path, SearchIndexFiles.ContentKey) ? OutputFile.Keep(path, SearchIndexFiles.ContentKey)
                            : new OutputFile(path, builder.Fragment(documents[d])) { Key = SearchIndexFiles.ContentKey });
                    }
                    Incremental++;
                }
            }
            if (index == null)
            {
                index = builder.Build(documents.Select((d, i) => builder.Prepare(d, terms, keys[i])).ToList(), terms, "search/", store: store);
                Whole++;
            }
            files.AddRange(index.Files);

            var next = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            var nextKeys = new Dictionary<string, string?>(StringComparer.Ordinal);
            Written.Clear();
            foreach (var file in files)
            {
                if (file.Reused) Assert.True(reusable(file.Path, file.Key!), $"{file.Path} kept, but the last output does not have it under that key");
                var bytes = file.Reused ? Output[file.Path] : file.Content;
                if (!Output.TryGetValue(file.Path, out var old) || !old.AsSpan().SequenceEqual(bytes)) Written.Add(file.Path);
                next[file.Path] = bytes;
                nextKeys[file.Path] = file.Key;
            }
            Output = next;
            _keys = nextKeys;
            return next;
        }

        private static string Key(SearchDocument document) => ContentHash.Of(JsonSerializer.Serialize(document))[..32];
    }

    private static Dictionary<string, byte[]> Whole(IReadOnlyList<SearchDocument> documents, SearchIndexOptions options)
        => new SearchIndexBuilder(options).Build(documents).Files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);

    private static void AssertSame(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual, string change)
    {
        var missing = expected.Keys.Except(actual.Keys).ToList();
        var extra = actual.Keys.Except(expected.Keys).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{change}: only in the whole build {string.Join(", ", missing.Take(5))}; only in the incremental one {string.Join(", ", extra.Take(5))}");
        var different = expected.Keys.Where(p => !expected[p].AsSpan().SequenceEqual(actual[p])).ToList();
        Assert.True(different.Count == 0, $"{change}: {different.Count} files differ, e.g. {string.Join(", ", different.Take(5))}");
    }

    public static TheoryData<string> OptionSets => ["small", "default"];

    private static SearchIndexOptions Options(string name) => name == "small" ? Small : new SearchIndexOptions();

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void Every_kind_of_change_gives_the_bytes_of_a_whole_build(string optionSet)
    {
        var options = Options(optionSet);
        var pool = GeneratedSearchCorpus.Generate(420, seed: 11);
        var documents = pool.Take(300).ToList();
        var spare = 300;
        var builds = new Builds(_temp["cache-" + optionSet], options);
        var random = new Random(5);
        AssertSame(Whole(documents, options), builds.Build(documents), "first build");

        string[] changes = ["append one", "nothing", "append three", "edit one", "edit a filter", "delete the newest", "append one",
            "edit two", "delete one in the middle", "append one", "insert one in the middle", "edit one", "append one", "append one", "edit the newest"];
        foreach (var change in changes)
        {
            switch (change)
            {
                case "append one":
                    documents.Add(pool[spare++]);
                    break;
                case "append three":
                    documents.AddRange(pool.Skip(spare).Take(3));
                    spare += 3;
                    break;
                case "edit one":
                case "edit two":
                    for (var n = change == "edit one" ? 1 : 2; n > 0; n--)
                    {
                        var d = random.Next(documents.Count);
                        documents[d] = documents[d] with { Title = documents[d].Title + " rettet", Body = documents[d].Body + " amnesti tilføjet" };
                    }
                    break;
                case "edit the newest":
                    documents[^1] = documents[^1] with { Body = "kort" };
                    break;
                case "edit a filter":
                    var f = random.Next(documents.Count);
                    documents[f] = documents[f] with { Filters = [.. documents[f].Filters, new SearchFilter("location", "island", "Island")], Locations = [.. documents[f].Locations, "Island"] };
                    break;
                case "delete the newest":
                    documents.RemoveAt(documents.Count - 1);
                    break;
                case "delete one in the middle":
                    documents.RemoveAt(documents.Count / 2);
                    break;
                case "insert one in the middle":
                    documents.Insert(documents.Count / 3, pool[spare++]);
                    break;
            }
            AssertSame(Whole(documents, options), builds.Build(documents), change);
        }
        // The comparison means something only if most builds went the incremental way.
        Assert.True(builds.Incremental >= changes.Length / 2, $"{builds.Incremental} incremental builds, {builds.Whole} whole");
    }

    [Fact]
    public void An_index_changed_in_place_without_the_last_output_is_made_again_from_the_store()
    {
        var documents = GeneratedSearchCorpus.Generate(301, seed: 3).ToList();
        var builds = new Builds(_temp["cache"], Small);
        builds.Build(documents.Take(300).ToList());
        var after = builds.Build(documents, keepOutput: false);
        Assert.Equal(1, builds.Incremental);
        AssertSame(Whole(documents, Small), after, "without output");
    }

    [Fact]
    public void A_new_article_writes_the_shards_of_its_own_terms_and_nothing_else_of_the_index()
    {
        var documents = GeneratedSearchCorpus.Generate(2000, seed: 9).ToList();
        var builds = new Builds(_temp["cache"], new SearchIndexOptions());
        builds.Build(documents);
        var shards = builds.Output.Keys.Count(p => p.StartsWith("search/t/", StringComparison.Ordinal));

        var article = new SearchDocument("/ny/", "Helt ny artikel", "Om amnesti", "amnesti nyhed", [], ["Island"],
            [new SearchFilter("location", "island", "Island"), new SearchFilter("year", "2023", "2023")], "2023-12-31T23:00:00+01:00", "31. december 2023");
        builds.Build([.. documents, article]);
        Assert.Equal(1, builds.Incremental);
        var written = builds.Written;
        // Its few terms and two filters live in a few shards; the others keep their bytes and names.
        var writtenShards = written.Count(p => p.StartsWith("search/t/", StringComparison.Ordinal));
        Assert.InRange(writtenShards, 1, 8);
        Assert.True(shards > 40, $"{shards} shards: too few for this to test anything");
        // Besides: its fragment, the blocks of the last group, the rests of split lists it joined, the manifest.
        Assert.Single(written, p => p.StartsWith("search/f/", StringComparison.Ordinal));
        Assert.Single(written, p => p.StartsWith("search/manifest.", StringComparison.Ordinal));
        Assert.All(written.Where(p => p.StartsWith("search/d/", StringComparison.Ordinal)), p => Assert.EndsWith(".json.gz", p));
        Assert.True(written.Count(p => p.StartsWith("search/d/", StringComparison.Ordinal)) <= new SearchIndexOptions().BlockGroup);
        Assert.True(written.Count <= writtenShards + 5 + new SearchIndexOptions().BlockGroup, "written: " + string.Join(", ", written));
    }

    [Fact]
    public void A_damaged_store_is_never_trusted()
    {
        var documents = GeneratedSearchCorpus.Generate(200, seed: 4).ToList();
        var cache = _temp["cache"];
        new Builds(cache, Small).Build(documents);
        var folder = Path.Combine(cache, "search");

        // A flipped byte in a pack: reading the shard throws rather than giving other postings.
        var store = SearchIndexStore.Open(new BuildCache(cache), Small, "search/")!;
        var state = store.Load()!;
        var pack = Path.Combine(folder, state.Shards[0].Blob.Pack);
        var bytes = File.ReadAllBytes(pack);
        bytes[state.Shards[0].Blob.Offset + 3] ^= 0x20;
        File.WriteAllBytes(pack, bytes);
        Assert.Throws<InvalidDataException>(() => store.GetShard(state.Shards[0].Blob));

        // A damaged or foreign state is not loaded at all.
        var index = Path.Combine(folder, "index.bin");
        var state0 = File.ReadAllBytes(index);
        File.WriteAllBytes(index, state0[..^1]);
        Assert.Null(store.Load());
        File.WriteAllBytes(index, state0);
        Assert.NotNull(store.Load());
        Assert.Null(SearchIndexStore.Open(new BuildCache(cache), Small with { HeadPostings = 17 }, "search/")!.Load());

        // And a build over it is still the whole build's bytes.
        var builds = new Builds(cache, Small);
        documents.Add(GeneratedSearchCorpus.Generate(201, seed: 4)[200]);
        Assert.ThrowsAny<Exception>(() => builds.Build(documents));
    }

    [Fact]
    public void The_store_stays_within_a_small_factor_of_the_index_however_many_articles_are_added()
    {
        var pool = GeneratedSearchCorpus.Generate(2040, seed: 12);
        var cache = _temp["cache"];
        var builds = new Builds(cache, new SearchIndexOptions());
        builds.Build(pool.Take(2000).ToList());
        var folder = Path.Combine(cache, "search");
        var compacted = false;
        var sawSeveral = false;
        for (var n = 2001; n <= 2040; n++)
        {
            builds.Build(pool.Take(n).ToList());
            var state = SearchIndexStore.Open(new BuildCache(cache), new SearchIndexOptions(), "search/")!.Load()!;
            var live = state.Shards.Sum(s => (long)s.Blob.Length);
            var packs = Directory.GetFiles(folder, "pack-*.bin");
            Assert.Equal(state.Shards.Select(s => s.Blob.Pack).Distinct().Order(), packs.Select(Path.GetFileName).Order());
            Assert.True(packs.Sum(p => new FileInfo(p).Length) <= 5 * live / 2 + (1 << 20) + live, $"after {n}: {packs.Sum(p => new FileInfo(p).Length)} bytes of packs for {live} used");
            if (packs.Length > 1) sawSeveral = true;
            else if (sawSeveral) compacted = true;
        }
        Assert.Equal(40, builds.Incremental + builds.Whole - 1);
        Assert.True(compacted, "the packs were never gathered into one");
    }

    public void Dispose() => _temp.Dispose();
}
