using System.Text.Json;
using StaticNews.Search;
using StaticNews.Search.Analysis;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Tests.Search;

/// <summary>
/// Every file of the index but the manifest (fragments, shards, rests, blocks) is stored gzipped,
/// and the browser code reads it back whole: from the file as written, and from the same bytes
/// already inflated by a host that sends Content-Encoding: gzip.
/// </summary>
public sealed class IndexFileGzipTests
{
    private static readonly SearchDocument Document = new("/2024/01/02/amnesti/", "Amnesti \"æøå\" </script>", "Regeringen giver amnesti.",
        string.Join(' ', Enumerable.Repeat("Regeringen giver amnesti til soldater i Kyiv.", 60)), ["Politik"], ["Kyiv"],
        [new SearchFilter("location", "kyiv", "Kyiv")], "2024-01-02T10:00:00+01:00", "2. januar 2024");

    [Fact]
    public void A_fragment_is_the_gzip_of_its_json_and_smaller_than_it()
    {
        var builder = new SearchIndexBuilder();
        var json = builder.FragmentJson(Document);
        var stored = builder.Fragment(Document);
        Assert.Equal([0x1f, 0x8b], stored[..2]);
        Assert.Equal(json, IndexFileGzip.Decompress(stored));
        Assert.True(stored.Length < json.Length / 2, $"gzipped {stored.Length} bytes of {json.Length}");
    }

    [Fact]
    public async Task A_file_compressed_after_a_larger_one_has_the_bytes_it_has_alone()
    {
        var small = "[1,2,3,5,8]"u8.ToArray();
        // On a thread of its own: its buffer is new.
        var alone = await Task.Factory.StartNew(() => IndexFileGzip.CompressLookupFile(small), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        IndexFileGzip.CompressLookupFile(new SearchIndexBuilder().FragmentJson(Document));
        var after = IndexFileGzip.CompressLookupFile(small);
        Assert.Equal(alone, after);
        Assert.Equal(small, IndexFileGzip.Decompress(after));
    }

    [Fact]
    public void Every_file_but_the_manifest_is_gzipped_json_named_by_that_json()
    {
        var documents = Enumerable.Range(0, 40).Select(i => Document with { Url = $"/2024/01/02/amnesti-{i}/", Title = $"Amnesti {i}" }).ToList();
        var index = new SearchIndexBuilder(new SearchIndexOptions { HeadPostings = 8 }).Build(documents);
        var kinds = new HashSet<string>();
        foreach (var file in index.Files)
        {
            if (file.Path == index.ManifestPath)
            {
                JsonDocument.Parse(file.Content).Dispose();
                continue;
            }
            Assert.EndsWith(".json.gz", file.Path);
            Assert.Equal([0x1f, 0x8b], file.Content[..2]);
            var json = IndexFileGzip.Decompress(file.Content);
            JsonDocument.Parse(json).Dispose();
            kinds.Add(file.Path.Split('/')[1]);
            // A shard or rest is named by its JSON (a block by its group's, a fragment by its gzip), as before it was gzipped.
            if (file.Path.Split('/')[1] is "t" or "p") Assert.StartsWith(SearchIndexFiles.NameOf(json), Path.GetFileName(file.Path));
        }
        Assert.Equal(["d", "f", "p", "t"], kinds.Order());
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes_and_name()
    {
        var first = new SearchIndexBuilder().Build([Document]).Files.Single(f => f.Path.StartsWith("search/f/", StringComparison.Ordinal));
        var second = new SearchIndexBuilder().Build([Document]).Files.Single(f => f.Path.StartsWith("search/f/", StringComparison.Ordinal));
        Assert.EndsWith(".json.gz", first.Path);
        Assert.Equal(first.Path, second.Path);
        Assert.Equal(first.Content, second.Content);
    }

    [Theory]
    [Trait("Category", "Slow")] // runs node
    [InlineData(false)]
    [InlineData(true)]
    public void The_browser_reads_the_fragment_gzipped_or_already_inflated(bool inflatedByHost)
    {
        using var folder = new TempFolder();
        var index = new SearchIndexBuilder().Build([Document]);
        foreach (var file in index.Files)
        {
            var path = folder[file.Path];
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, inflatedByHost && file.Path.EndsWith(".gz", StringComparison.Ordinal) ? IndexFileGzip.Decompress(file.Content) : file.Content);
        }
        var output = NodeScript.Run($$"""
            import { SearchIndex } from '{{NodeScript.ClientModuleUrl}}';
            import { readFileSync } from 'node:fs';
            import { fileURLToPath, pathToFileURL } from 'node:url';
            globalThis.fetch = async (url) => {
              const bytes = readFileSync(fileURLToPath(url));
              return { ok: true, status: 200, json: async () => JSON.parse(bytes.toString('utf8')), arrayBuffer: async () => bytes };
            };
            const index = new SearchIndex(pathToFileURL(process.argv[2]).href);
            console.log(JSON.stringify(await index.fragment(0)));
            """, folder[index.ManifestPath]);
        using var fragment = JsonDocument.Parse(output);
        Assert.Equal(Document.Title, fragment.RootElement.GetProperty("title").GetString());
        Assert.Equal(Document.Body, fragment.RootElement.GetProperty("body").GetString());
        Assert.Equal(Document.Url, fragment.RootElement.GetProperty("url").GetString());
    }
}
