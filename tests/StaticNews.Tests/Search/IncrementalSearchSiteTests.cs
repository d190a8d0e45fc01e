using StaticNews.Configuration;
using StaticNews.Corpus;
using StaticNews.Pipeline;

namespace StaticNews.Tests.Search;

/// <summary>
/// Through the whole pipeline: after each change to what an article's search document is made of
/// (its title, lead, body, tags, places, date; an article added, removed, inserted), the search
/// folder an incremental build leaves is the one a clean build makes. An article's document key is
/// its file's hash and its card digest, so this holds only while the digest covers what the index
/// shows: these changes are the proof.
/// </summary>
[Trait("Category", "Slow")]
public sealed class IncrementalSearchSiteTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _site;

    public IncrementalSearchSiteTests()
    {
        var generated = _temp["generated"];
        new CorpusGenerator(21, PlaceList.Read(PlaceList.FindDefault())).Write(generated, 32);
        _site = _temp["site"];
        _temp.CopyFrom(Path.Combine(generated, "input"), "site/input");
        File.Move(Path.Combine(Input, "seeds", "000031.txt"), _temp["spare.txt"]);
    }

    private string Input => Path.Combine(_site, "input");

    [Fact]
    public void Every_change_to_an_article_gives_the_search_folder_of_a_clean_build()
    {
        Assert.True(SiteBuild.Run(_site).Succeeded);
        var articles = Directory.EnumerateFiles(Path.Combine(Input, "articles"), "*.md").Order(StringComparer.Ordinal).ToList();

        File.Copy(_temp["spare.txt"], Path.Combine(Input, "seeds", "000031.txt"));
        AssertSearchLikeCleanBuild("an article added");

        Edit(articles[3], line => line.StartsWith("title: ", StringComparison.Ordinal) ? "title: En helt anden overskrift om amnesti" : line);
        AssertSearchLikeCleanBuild("a title");
        Edit(articles[4], line => line.StartsWith("summary: ", StringComparison.Ordinal) ? "summary: Et nyt resumé om soldater og sikkerhed." : line);
        AssertSearchLikeCleanBuild("a lead");
        File.AppendAllText(articles[5], "\nEt nyt afsnit om regeringen og fiskeriet.\n");
        AssertSearchLikeCleanBuild("a body");
        Edit(articles[6], line => line.StartsWith("tags: ", StringComparison.Ordinal) ? "tags: [Ny Person, Ritzau]" : line);
        AssertSearchLikeCleanBuild("tags");
        Edit(articles[7], line => line.StartsWith("locations: ", StringComparison.Ordinal) ? "locations: [Armenien, Aarhus]" : line);
        AssertSearchLikeCleanBuild("places");
        Edit(articles[8], line => line.StartsWith("date: ", StringComparison.Ordinal) ? line[..6] + "1999" + line[10..] : line);
        AssertSearchLikeCleanBuild("a date (a new place in the order: ids move)");

        var removed = articles[^2];
        var seed = File.ReadLines(removed).First(l => l.StartsWith("seed: ", StringComparison.Ordinal))["seed: ".Length..];
        File.Delete(Path.Combine(Input, seed));
        File.Delete(removed);
        AssertSearchLikeCleanBuild("an article removed");
    }

    private static void Edit(string file, Func<string, string> line) => File.WriteAllLines(file, File.ReadAllLines(file).Select(line));

    private void AssertSearchLikeCleanBuild(string change)
    {
        var result = SiteBuild.Run(_site);
        Assert.True(result.Succeeded, change + ": " + result.FatalError);
        var clean = _temp["clean-" + Guid.NewGuid().ToString("N")[..8]];
        _temp.CopyFrom(Input, Path.GetFileName(clean) + "/input");
        Assert.True(SiteBuild.Run(clean).Succeeded, change + ": the clean build failed");
        var expected = SiteBuild.Snapshot(Path.Combine(clean, "output", "search"));
        var actual = SiteBuild.Snapshot(Path.Combine(_site, "output", "search"));
        Assert.True(expected.Keys.SequenceEqual(actual.Keys),
            $"{change}: only clean {string.Join(", ", expected.Keys.Except(actual.Keys).Take(5))}; only incremental {string.Join(", ", actual.Keys.Except(expected.Keys).Take(5))}");
        var different = expected.Keys.Where(k => expected[k] != actual[k]).ToList();
        Assert.True(different.Count == 0, $"{change}: {different.Count} files differ, e.g. {string.Join(", ", different.Take(5))}");
        Directory.Delete(clean, recursive: true);
    }

    public void Dispose() => _temp.Dispose();
}
