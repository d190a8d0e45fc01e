using System.Text.Json;
using StaticNews.Search;
using StaticNews.Search.Analysis;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Tests.Search;

/// <summary>
/// Long posting lists are split into a head in the term shard and a rest fetched only when needed.
/// The browser code (theme/assets/search-client.js, run in Node against files on disk) must then give exactly
/// what the whole lists give: the same hits in the same order, for every kind of query, while a
/// one-word query for a common word reads nothing but the manifest and one shard.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ImpactOrderedSearchTests(ImpactOrderedSearchTests.Comparison comparison) : IClassFixture<ImpactOrderedSearchTests.Comparison>
{
    /// <summary>Every query of <see cref="Queries"/> run in Node against a split and a whole index of one generated corpus.</summary>
    public sealed class Comparison : IDisposable
    {
        // Heads this short split every list of more than a handful of documents on a small corpus, so
        // both ways of answering (from the heads alone, and after fetching rests) are exercised.
        public static readonly int[] HeadSizes = [16, 128];
        private readonly string _folder = Path.Combine(Path.GetTempPath(), $"staticnews-impact-{Guid.NewGuid():N}");

        public Comparison() => Results = Compare(GeneratedSearchCorpus.Generate(900));

        public JsonElement Results { get; }

        public void Dispose()
        {
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }

        private string Write(string name, SearchIndex index)
        {
            var root = Path.Combine(_folder, name);
            foreach (var file in index.Files)
            {
                var path = Path.Combine(root, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }
            return Path.Combine(root, index.ManifestPath);
        }

        private JsonElement Compare(IReadOnlyList<SearchDocument> docs)
        {
            var splits = HeadSizes.Select(h => Write($"head{h}", new SearchIndexBuilder(new SearchIndexOptions { HeadPostings = h }).Build(docs))).ToList();
            var whole = Write("whole", new SearchIndexBuilder(new SearchIndexOptions { HeadPostings = int.MaxValue }).Build(docs));
            var queries = JsonSerializer.Serialize(Queries.Select(q => new { q = q.Query, filters = q.Filters }));
            var output = NodeScript.Run($$"""
                import { parseQuery } from '{{NodeScript.AnalysisModuleUrl}}';
                import { SearchIndex } from '{{NodeScript.ClientModuleUrl}}';
                import { readFileSync } from 'node:fs';
                import { fileURLToPath, pathToFileURL } from 'node:url';
                let fetched = [];
                globalThis.fetch = async (url) => {
                  fetched.push(url.slice(url.indexOf('/search/') + '/search/'.length));
                  const bytes = readFileSync(fileURLToPath(url));
                  return { ok: true, status: 200, json: async () => JSON.parse(bytes.toString('utf8')), arrayBuffer: async () => bytes };
                };
                const whole = pathToFileURL(process.argv[2]).href;
                const queries = JSON.parse(process.argv[3]);
                const splits = process.argv.slice(4).map((p) => pathToFileURL(p).href);
                const out = [];
                for (const { q, filters } of queries) {
                  for (const wanted of [10, 35]) {
                    const reference = new SearchIndex(whole);
                    const query = parseQuery(q, (await reference.manifest()).stop);
                    const expected = await reference.find(query, filters, wanted);
                    const results = [];
                    for (const split of splits) {
                      fetched = [];
                      const got = await new SearchIndex(split).find(query, filters, wanted);
                      results.push({ files: fetched, hits: got.hits.slice(0, wanted), all: got.complete ? got.hits : null, count: got.count, countExact: got.countExact });
                    }
                    out.push({ q, filters, wanted, expected: expected.hits.slice(0, wanted), expectedAll: expected.hits, expectedCount: expected.count, wholeComplete: expected.complete, splits: results });
                  }
                }
                console.log(JSON.stringify(out));
                """, [whole, queries, .. splits]);
            return JsonDocument.Parse(output).RootElement.Clone();
        }
    }

    /// <summary>Queries (as a reader types them) with filters, each asked for a first page and for a deeper one.</summary>
    internal static readonly (string Query, Dictionary<string, string> Filters)[] Queries =
    [
        ("sikkerhed ", []), ("regering ", []), ("politi ", []), ("minister ", []), ("amnesti ", []), ("valg ", []),
        ("sikkerhed regering ", []), ("sikkerhed politi minister ", []), ("regering minister ", []), ("sikkerhed amnesti ", []),
        ("\"armenske soldater\"", []), ("\"sikkerhed for regering\"", []), ("\"regering sikkerhed\"", []), ("sikkerhed \"armenske soldater\"", []),
        ("sik", []), ("sikkerh", []), ("regeri", []), ("sikkerhed reg", []), ("mini", []), ("politi sikk", []),
        ("sikkerhed ", new() { ["location"] = "danmark" }), ("sikkerhed ", new() { ["location"] = "island" }),
        ("regering ", new() { ["location"] = "aserbajdsjan" }), ("sikkerhed ", new() { ["year"] = "2020" }),
        ("sikkerhed regering ", new() { ["tag"] = "krim", ["year"] = "2021" }), ("sik", new() { ["location"] = "armenien" }),
        ("\"armenske soldater\"", new() { ["location"] = "danmark" }),
        ("", new() { ["location"] = "armenien" }), ("", new() { ["tag"] = "politik", ["year"] = "2019" }),
        ("sikkerhedxyz ", []), ("sikkerhed ", new() { ["location"] = "atlantis" }),
    ];

    [Fact]
    public void Every_query_gives_the_same_hits_in_the_same_order_as_the_whole_posting_lists()
    {
        var results = comparison.Results;
        Assert.Equal(Queries.Length * 2, results.GetArrayLength());
        var fetchedRests = new int[Comparison.HeadSizes.Length];
        var severalWordsFromHeads = new int[Comparison.HeadSizes.Length];
        foreach (var r in results.EnumerateArray())
        {
            var label = $"{r.GetProperty("q")} {r.GetProperty("filters")} wanted {r.GetProperty("wanted")}";
            Assert.True(r.GetProperty("wholeComplete").GetBoolean(), label + ": whole lists always rank completely");
            var expected = Ids(r.GetProperty("expected"));
            var expectedAll = Ids(r.GetProperty("expectedAll"));
            var expectedCount = r.GetProperty("expectedCount").GetInt32();
            Assert.Equal(Math.Min(r.GetProperty("wanted").GetInt32(), expectedAll.Count), expected.Count);
            for (var s = 0; s < Comparison.HeadSizes.Length; s++)
            {
                var split = r.GetProperty("splits")[s];
                var at = $"{label}, heads of {Comparison.HeadSizes[s]}";
                Assert.True(expected.SequenceEqual(Ids(split.GetProperty("hits"))), $"{at}: {split.GetProperty("hits")} instead of {r.GetProperty("expected")}");
                if (split.GetProperty("all").ValueKind == JsonValueKind.Array) Assert.True(expectedAll.SequenceEqual(Ids(split.GetProperty("all"))), at + ": a different complete list");
                var count = split.GetProperty("count").GetInt32();
                if (split.GetProperty("countExact").GetBoolean()) Assert.True(count == expectedCount, $"{at}: count {count}, expected {expectedCount}");
                else Assert.True(count >= expected.Count && count <= expectedCount, $"{at}: at least {count} of {expectedCount}");
                var rests = split.GetProperty("files").EnumerateArray().Count(f => f.GetString()!.StartsWith("p/", StringComparison.Ordinal));
                fetchedRests[s] += rests;
                if (rests == 0 && r.GetProperty("q").GetString()!.Trim().Contains(' ', StringComparison.Ordinal)) severalWordsFromHeads[s]++;
            }
        }
        // The comparison means something only if queries were answered both ways.
        Assert.All(fetchedRests, n => Assert.True(n > 0, "no query needed a rest"));
        Assert.True(severalWordsFromHeads.Max() > 0, "no query of several words was answered from the heads alone");
    }

    private static List<int> Ids(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToList();

    [Fact]
    public void A_one_word_query_for_a_common_word_reads_the_manifest_and_one_shard_only()
    {
        var results = comparison.Results;
        foreach (var word in new[] { "sikkerhed ", "regering ", "politi " })
        {
            var first = results.EnumerateArray().First(r => r.GetProperty("q").GetString() == word && r.GetProperty("filters").EnumerateObject().Count() == 0 && r.GetProperty("wanted").GetInt32() == 10);
            var split = first.GetProperty("splits")[0];
            var files = split.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
            Assert.Equal(2, files.Count);
            Assert.StartsWith("manifest.", files[0]);
            Assert.StartsWith("t/", files[1]);
            // Its count is the word's document frequency, exact though the rest was never read.
            Assert.True(split.GetProperty("countExact").GetBoolean());
            Assert.Equal(first.GetProperty("expectedCount").GetInt32(), split.GetProperty("count").GetInt32());
        }
    }
}
