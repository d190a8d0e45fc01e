using System.Text;
using System.Text.Json;
using StaticNews.Search;
using StaticNews.Search.Analysis;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Tests.Search;

public sealed class SearchIndexBuilderTests
{
    private static SearchDocument Doc(int n, string title, string body = "", string lead = "", string[]? locations = null)
        => new($"/{n}/", title, lead, body, [], locations ?? [],
            [.. (locations ?? []).Select(l => new SearchFilter("location", l.ToLowerInvariant(), l)), new SearchFilter("year", "2023", "2023")],
            "2023-01-01T00:00:00+01:00", "1. januar 2023");

    private static string Filler(int words) => string.Join(' ', Enumerable.Range(0, words).Select(i => "fyld" + (char)('a' + i % 20)));

    /// <summary>The index as the browser reads it: every key of every shard, checked to lie in the range the manifest gives it.</summary>
    private static Dictionary<string, JsonElement> ReadAll(SearchIndex index)
    {
        var files = index.Files.ToDictionary(f => f.Path, f => f.Content);
        using var manifest = JsonDocument.Parse(files[index.ManifestPath]);
        var shards = manifest.RootElement.GetProperty("shards").EnumerateArray().Select(s => (First: s[0].GetString()!, File: s[1].GetString()!)).ToList();
        var all = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        for (var i = 0; i < shards.Count; i++)
        {
            using var shard = JsonDocument.Parse(IndexFileGzip.Decompress(files["search/" + shards[i].File]));
            foreach (var entry in shard.RootElement.EnumerateObject())
            {
                Assert.True(string.CompareOrdinal(entry.Name, shards[i].First) >= 0, $"{entry.Name} sorts before its shard");
                if (i + 1 < shards.Count) Assert.True(string.CompareOrdinal(entry.Name, shards[i + 1].First) < 0, $"{entry.Name} belongs to a later shard");
                all[entry.Name] = entry.Value.Clone();
            }
        }
        return all;
    }

    private static Dictionary<int, int> Impacts(JsonElement postings)
    {
        var result = new Dictionary<int, int>();
        var id = 0;
        for (var i = 0; i < postings.GetArrayLength(); i += 2)
        {
            id += postings[i].GetInt32();
            result[id] = postings[i + 1].GetInt32();
        }
        return result;
    }

    [Fact]
    public void Posting_lists_made_a_few_terms_at_a_time_give_the_same_index()
    {
        var documents = GeneratedSearchCorpus.Generate(300);
        var whole = new SearchIndexBuilder().Build(documents);
        // A pass of at most 50 postings: the common words each take a pass of their own, the rare ones share.
        var inPasses = new SearchIndexBuilder { PostingsPerPass = 50 }.Build(documents);

        Assert.True(whole.TermCount > 100, $"{whole.TermCount} terms");
        Assert.Equal(whole.Files.Select(f => f.Path), inPasses.Files.Select(f => f.Path));
        Assert.All(whole.Files.Zip(inPasses.Files), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public void A_word_in_the_title_outranks_the_same_word_in_the_body()
    {
        var index = new SearchIndexBuilder().Build([Doc(0, "Amnesti for soldater", Filler(40)), Doc(1, "Nyt fra regionen", "amnesti " + Filler(39))]);
        var impacts = Impacts(ReadAll(index)["amnesti"]);
        Assert.True(impacts[0] > impacts[1], $"title {impacts[0]} vs body {impacts[1]}");
    }

    [Fact]
    public void A_word_in_the_lead_outranks_the_same_word_in_the_body()
    {
        var index = new SearchIndexBuilder().Build([Doc(0, "Nyt", Filler(40), lead: "amnesti gives"), Doc(1, "Nyt", "amnesti " + Filler(39), lead: "noget andet")]);
        var impacts = Impacts(ReadAll(index)["amnesti"]);
        Assert.True(impacts[0] > impacts[1], $"lead {impacts[0]} vs body {impacts[1]}");
    }

    [Fact]
    public void A_short_body_with_the_word_outranks_a_long_one()
    {
        var index = new SearchIndexBuilder().Build([Doc(0, "Nyt", "amnesti " + Filler(10)), Doc(1, "Nyt", "amnesti " + Filler(300))]);
        var impacts = Impacts(ReadAll(index)["amnesti"]);
        Assert.True(impacts[0] > impacts[1]);
    }

    [Fact]
    public void Filters_list_their_documents_and_label()
    {
        var index = new SearchIndexBuilder().Build([Doc(0, "a", locations: ["Armenien"]), Doc(1, "b", locations: ["Danmark"]), Doc(2, "c", locations: ["Armenien"])]);
        var filter = ReadAll(index)["~location:armenien"];
        Assert.Equal("Armenien", filter[0].GetString());
        Assert.Equal([0, 2], [filter[1].GetInt32(), filter[1].GetInt32() + filter[2].GetInt32()]);
    }

    [Fact]
    public void Many_terms_are_cut_into_shards_whose_ranges_the_manifest_gives()
    {
        var docs = Enumerable.Range(0, 60).Select(i => Doc(i, $"Artikel {i}", string.Join(' ', Enumerable.Range(0, 30).Select(j => $"ord{i}x{j}")))).ToList();
        var index = new SearchIndexBuilder(new SearchIndexOptions { ShardBytes = 2000 }).Build(docs);
        Assert.True(index.ShardCount > 5, $"{index.ShardCount} shards");
        var all = ReadAll(index);
        Assert.Contains("ord59x29", all.Keys);
        Assert.Equal(index.TermCount + docs.SelectMany(d => d.Filters).Select(f => f.Key).Distinct().Count(), all.Count);
    }

    [Fact]
    public void The_same_input_gives_byte_identical_files()
    {
        var docs = Enumerable.Range(0, 30).Select(i => Doc(i, $"Titel {i} amnesti", Filler(50 + i), locations: ["Armenien"])).ToList();
        var a = new SearchIndexBuilder().Build(docs);
        var b = new SearchIndexBuilder().Build(docs);
        Assert.Equal(a.ManifestPath, b.ManifestPath);
        Assert.Equal(a.Files.Select(f => f.Path), b.Files.Select(f => f.Path));
        Assert.All(a.Files.Zip(b.Files), p => Assert.Equal(p.First.Content, p.Second.Content));
        Assert.All(a.Files, f => Assert.Matches(@"^search/(manifest\.[0-9a-f]{16}\.json|([tpf]/[0-9a-f]{16}|d/[0-9a-f]{16}-[0-9]+)\.json\.gz)$", f.Path));
    }

    [Fact]
    public void A_new_article_leaves_the_other_articles_files_as_they_were()
    {
        var docs = Enumerable.Range(0, 300).Select(i => Doc(i, $"Titel {i}", $"emne{i % 37} " + Filler(20))).ToList();
        var before = new SearchIndexBuilder().Build(docs).Files.Select(f => f.Path).ToHashSet();
        var after = new SearchIndexBuilder().Build([.. docs, Doc(300, "Helt ny artikel", "emne1 nyhed")]).Files.Select(f => f.Path).ToHashSet();
        var changed = after.Except(before).ToList();
        // The new fragment, its block, the manifest and the shards holding its few terms; nothing else.
        Assert.True(changed.Count <= 8, "changed: " + string.Join(", ", changed));
        Assert.Contains(changed, p => p.StartsWith("search/f/", StringComparison.Ordinal));
    }

    [Fact]
    public void Article_text_is_escaped_in_the_json_and_reads_back_unchanged()
    {
        const string title = "</script><img src=x onerror=alert(1)> \"æøå\"";
        var index = new SearchIndexBuilder().Build([Doc(0, title, "tekst")]);
        var fragment = index.Files.Single(f => f.Path.StartsWith("search/f/", StringComparison.Ordinal));
        var inflated = IndexFileGzip.Decompress(fragment.Content);
        var raw = Encoding.UTF8.GetString(inflated);
        Assert.DoesNotContain("<", raw);
        Assert.Contains("æøå", raw);
        using var json = JsonDocument.Parse(inflated);
        Assert.Equal(title, json.RootElement.GetProperty("title").GetString());
    }

    /// <summary>Each posting of a term's entry, head or whole list, with its impact; and the rest's file, if split.</summary>
    private static (Dictionary<int, int> Head, Dictionary<int, int> Tail, JsonElement Entry, string? RestPath) Split(SearchIndex index, string term)
    {
        var entry = ReadAll(index)[term];
        if (entry.ValueKind == JsonValueKind.Array) return (Impacts(entry), [], entry, null);
        // The rest's parts, each its own file counting its ids from 0; the path given is the last part's.
        var tail = new Dictionary<int, int>();
        string? restPath = null;
        foreach (var name in entry.GetProperty("rest").EnumerateArray())
        {
            restPath = "search/p/" + name.GetString() + ".json.gz";
            using var rest = JsonDocument.Parse(IndexFileGzip.Decompress(index.Files.Single(f => f.Path == restPath).Content));
            foreach (var (doc, impact) in Impacts(rest.RootElement)) tail.Add(doc, impact);
        }
        return (Impacts(entry.GetProperty("head")), tail, entry, restPath);
    }

    /// <summary>Articles that all hold "amnesti", in the title of some, early or late in bodies of many lengths: impacts differ and tie.</summary>
    private static List<SearchDocument> AmnestyArticles(int count)
        => Enumerable.Range(0, count).Select(i => i % 7 == 0
            ? Doc(i, "Amnesti for soldater", Filler(20 + i % 50))
            : Doc(i, $"Nyt {i}", Filler(i % 13) + " amnesti " + Filler(10 + i % 90))).ToList();

    [Fact]
    public void A_long_posting_list_keeps_its_highest_impacts_in_the_shard_and_the_rest_in_a_continuation()
    {
        var docs = AmnestyArticles(60);
        var whole = Impacts(ReadAll(new SearchIndexBuilder(new SearchIndexOptions { HeadPostings = int.MaxValue }).Build(docs))["amnesti"]);
        var index = new SearchIndexBuilder(new SearchIndexOptions { HeadPostings = 12 }).Build(docs);
        var (head, rest, entry, restPath) = Split(index, "amnesti");

        Assert.Equal(60, entry.GetProperty("df").GetInt32());
        Assert.Equal(12, head.Count);
        Assert.Equal(48, rest.Count);
        Assert.Empty(head.Keys.Intersect(rest.Keys));
        Assert.Equal(whole.OrderBy(p => p.Key), head.Concat(rest).OrderBy(p => p.Key));
        // The head is the top of the ranking a one-word query makes: higher impact first, newer first among equals.
        var lowestHead = head.Select(p => (p.Value, p.Key)).Min();
        Assert.All(rest, p => Assert.True((p.Value, p.Key).CompareTo(lowestHead) < 0, $"rest posting {p} outranks the head's {lowestHead}"));
        Assert.Equal(rest.Values.Max(), entry.GetProperty("bound").GetInt32());
        Assert.True(head.Values.Distinct().Count() > 1 && rest.Values.Distinct().Count() > 1, "impacts should differ for this to test anything");

        // The rest is a file of its own, named by its content, outside every shard; the index counts the split.
        Assert.Matches(@"^search/p/[0-9a-f]{16}\.json\.gz$", restPath);
        Assert.Equal(ReadAll(index).Values.Count(v => v.ValueKind == JsonValueKind.Object), index.SplitCount);
        var again = new SearchIndexBuilder(new SearchIndexOptions { HeadPostings = 12 }).Build([.. docs.Take(59), docs[59] with { Body = docs[59].Body + " amnesti" }]);
        Assert.NotEqual(restPath, Split(again, "amnesti").RestPath);
    }

    [Fact]
    public void A_list_no_longer_than_the_head_stays_whole_in_its_shard()
    {
        var index = new SearchIndexBuilder(new SearchIndexOptions { HeadPostings = 60 }).Build(AmnestyArticles(60));
        var (head, rest, entry, restPath) = Split(index, "amnesti");
        Assert.Equal(JsonValueKind.Array, entry.ValueKind);
        Assert.Equal(60, head.Count);
        Assert.Empty(rest);
        Assert.Null(restPath);
        Assert.DoesNotContain(index.Files, f => f.Path.StartsWith("search/p/", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_common_words_entry_and_shard_stay_about_the_same_size_as_the_archive_grows_tenfold()
    {
        static (int Entry, int Shard) Sizes(int count)
        {
            var docs = Enumerable.Range(0, count).Select(i => Doc(i, $"Titel {i % 50}", $"amnesti regering ord{i % 300} " + Filler(5 + i % 40))).ToList();
            var index = new SearchIndexBuilder().Build(docs);
            var shard = index.Files.Where(f => f.Path.StartsWith("search/t/", StringComparison.Ordinal))
                .Single(f => JsonDocument.Parse(IndexFileGzip.Decompress(f.Content)).RootElement.TryGetProperty("amnesti", out _));
            return (ReadAll(index)["amnesti"].GetRawText().Length, shard.Content.Length);
        }
        var small = Sizes(1_000);
        var large = Sizes(10_000);
        Assert.True(large.Entry < 1.5 * small.Entry, $"entry {small.Entry} → {large.Entry} bytes");
        Assert.True(large.Shard < 1.5 * small.Shard, $"shard {small.Shard} → {large.Shard} bytes");
    }

    [Fact]
    public void Id_blocks_are_named_per_group_so_the_manifest_lists_one_name_per_group_and_an_edit_renames_only_its_group()
    {
        var options = new SearchIndexOptions { BlockSize = 4, BlockGroup = 2 };
        var docs = Enumerable.Range(0, 20).Select(i => Doc(i, $"Titel {i}", Filler(10))).ToList();
        var index = new SearchIndexBuilder(options).Build(docs);
        using var manifest = JsonDocument.Parse(index.Files.Single(f => f.Path == index.ManifestPath).Content);
        var groups = manifest.RootElement.GetProperty("blockGroups").EnumerateArray().Select(g => g.GetString()!).ToList();
        var blocks = index.Files.Where(f => f.Path.StartsWith("search/d/", StringComparison.Ordinal)).Select(f => f.Path).ToHashSet();
        Assert.Equal(3, groups.Count);                 // 5 blocks of 4 documents, 2 blocks a group
        Assert.Equal(5, blocks.Count);
        Assert.Contains($"search/d/{groups[2]}-0.json.gz", blocks);

        var edited = new SearchIndexBuilder(options).Build([docs[0] with { Title = "Ny titel" }, .. docs.Skip(1)]);
        var renamed = blocks.Except(edited.Files.Select(f => f.Path)).ToList();
        Assert.Equal([$"search/d/{groups[0]}-0.json.gz", $"search/d/{groups[0]}-1.json.gz"], renamed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_head_is_the_top_of_the_one_word_ranking_however_impacts_tie()
    {
        var random = new Random(8);
        for (var round = 0; round < 200; round++)
        {
            var count = random.Next(2, 400);
            var docs = Enumerable.Range(0, 3 * count).OrderBy(_ => random.Next()).Take(count).Order().ToArray();
            var impacts = docs.Select(_ => (byte)random.Next(1, round % 2 == 0 ? 4 : 99)).ToArray();
            var head = random.Next(1, count + 1);
            var written = PostingList.Write(docs, impacts, head);
            var expected = Enumerable.Range(0, count).OrderByDescending(i => impacts[i]).ThenByDescending(i => docs[i]).Take(head).Select(i => docs[i]).ToHashSet();
            if (head >= count)
            {
                Assert.Null(written.RestParts);
                continue;
            }
            using var entry = JsonDocument.Parse(written.Entry);
            var inHead = Impacts(entry.RootElement.GetProperty("head"));
            Assert.Equal(expected.Order(), inHead.Keys.Order());
            var inRest = new Dictionary<int, int>();
            foreach (var part in written.RestParts!)
            {
                using var rest = JsonDocument.Parse(part);
                foreach (var (doc, impact) in Impacts(rest.RootElement)) inRest.Add(doc, impact);
            }
            Assert.Equal(docs.Except(expected).Order(), inRest.Keys.Order());
            Assert.Equal(inRest.Values.Max(), entry.RootElement.GetProperty("bound").GetInt32());
            Assert.Equal(count, entry.RootElement.GetProperty("df").GetInt32());
            Assert.All(inHead.Concat(inRest), p => Assert.Equal(impacts[Array.IndexOf(docs, p.Key)], p.Value));
        }
    }
}
