using StaticNews.Pipeline.UpToDate;
using StaticNews.Diagnostics;
using StaticNews.Pipeline;

namespace StaticNews.Tests.Pipeline.Stages;

/// <summary>
/// A build whose inputs and output/ are exactly what the last build recorded stops after the
/// check: it writes nothing and says again what that build would say again. Any change to an
/// input or to output/ makes it a real build.
/// </summary>
[Trait("Category", "Slow")]
public class UpToDateStageTests : IDisposable
{
    private readonly TestSite _site = new("ritzau-amnesti.txt", "tv2-billund.txt", "tv2-borgmestre-cp1252.txt");

    [Fact]
    public void A_second_build_of_the_same_input_is_up_to_date_and_touches_nothing()
    {
        var first = _site.Build();
        Assert.True(first.Succeeded, first.FatalError);
        Assert.False(first.State.NothingChanged);
        var before = Snapshot();

        var second = _site.Build();

        Assert.True(second.State.NothingChanged);
        Assert.Equal(["check"], second.Timings.Select(t => t.Stage));
        Assert.Equal(first.State.Model!.Articles.Count, second.State.LastBuild!.Articles);
        Assert.Equal(first.State.Rendered.Files, second.State.LastBuild!.Files);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void What_ingest_says_once_is_not_repeated_but_a_bad_seed_is_reported_every_time()
    {
        File.WriteAllText(Path.Combine(_site.Seeds, "tom.txt"), "   \n");
        var first = _site.Build();
        Assert.Contains(first.Diagnostics.All, d => d.Message.Contains("Windows-1252", StringComparison.Ordinal) && !d.Repeats);
        var firstErrors = first.Diagnostics.All.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Single(firstErrors);

        var second = _site.Build();

        Assert.True(second.State.NothingChanged);
        Assert.Equal(firstErrors, second.Diagnostics.All.Where(d => d.Severity == Severity.Error));
        Assert.DoesNotContain(second.Diagnostics.All, d => d.Message.Contains("Windows-1252", StringComparison.Ordinal));
        Assert.False(second.Succeeded);
    }

    [Theory]
    [InlineData("a new seed")]
    [InlineData("an edited article")]
    [InlineData("a changed site.yml")]
    [InlineData("a layout override")]
    [InlineData("a file removed from output")]
    [InlineData("a file added to output")]
    public void Any_change_makes_it_a_real_build(string change)
    {
        Assert.True(_site.Build().Succeeded);
        switch (change)
        {
            case "a new seed": _site.AddSeed("escaping.txt"); break;
            case "an edited article":
                var article = _site.ArticleFiles()[0];
                File.AppendAllText(Path.Combine(_site.Articles, article), "\nEt nyt afsnit.\n");
                break;
            case "a changed site.yml": File.AppendAllText(Path.Combine(_site.Input, "site.yml"), "description: Nyt motto\n"); break;
            case "a layout override":
                Directory.CreateDirectory(Path.Combine(_site.Input, "layouts"));
                File.WriteAllText(Path.Combine(_site.Input, "layouts", "404.liquid"), "<h1>Væk</h1>");
                break;
            case "a file removed from output": File.Delete(Path.Combine(_site.Output, "robots.txt")); break;
            case "a file added to output": File.WriteAllText(Path.Combine(_site.Output, "stray.html"), "x"); break;
        }

        var next = _site.Build();

        Assert.False(next.State.NothingChanged);
        Assert.Contains(next.Timings, t => t.Stage == "render");
        Assert.True(next.Succeeded, next.FatalError);
        Assert.True(File.Exists(Path.Combine(_site.Output, "robots.txt")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "stray.html")));
        Assert.True(_site.Build().State.NothingChanged);
    }

    [Fact]
    public void An_edit_that_keeps_the_size_is_noticed_when_stamps_are_trusted()
    {
        // Old write times: the record's stamps are trusted, so unchanged files are not read again.
        var past = DateTime.UtcNow.AddHours(-1);
        Assert.True(_site.Build().Succeeded);
        foreach (var file in Directory.EnumerateFiles(_site.Input, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, past);
        Assert.True(_site.Build().State.NothingChanged); // write times moved, contents not: read once more, stamped anew
        Assert.True(_site.Build().State.NothingChanged);

        var article = Path.Combine(_site.Articles, _site.ArticleFiles()[0]);
        var text = File.ReadAllText(article);
        var index = text.IndexOf("Armenien", StringComparison.Ordinal) is >= 0 and var at ? at : text.IndexOf('e', text.Length / 2);
        File.WriteAllText(article, text[..index] + (text[index] == 'X' ? 'Y' : 'X') + text[(index + 1)..]);
        Assert.Equal(text.Length, File.ReadAllText(article).Length);

        var next = _site.Build();
        Assert.False(next.State.NothingChanged);
        Assert.Equal("inputs changed since the last build", next.State.CheckOutcome);
    }

    [Fact]
    public void The_record_of_a_build_that_ingested_is_what_a_fresh_walk_of_the_inputs_gives()
    {
        Assert.True(_site.Build().Succeeded);
        _site.AddSeed("escaping.txt"); // the check stamps the inputs, then ingest writes a new article

        var next = _site.Build();
        Assert.Equal(1, next.State.Ingest!.Created);
        Assert.NotNull(next.State.InputStamps); // the record came from the check's stamps, not a second walk

        var record = UpToDateRecord.TryRead(_site.Paths.Cache)!;
        var walked = InputFingerprint.Stamp(new BuildOptions(_site.Paths), null)!.Stamps;
        Assert.Equal(InputFingerprint.Of(new BuildOptions(_site.Paths), next.State.Zone, walked), record.Fingerprint);
        Assert.Equal(walked, record.Stamps);
        Assert.True(_site.Build().State.NothingChanged);
    }

    [Fact]
    public void A_fresh_clone_is_stamped_once_by_the_check_and_its_record_is_what_a_fresh_walk_gives()
    {
        Assert.True(_site.Build().Succeeded);
        // A fresh clone: the seeds and their Markdown, no .cache/ and no output/.
        Directory.Delete(_site.Paths.Cache.Folder, recursive: true);
        Directory.Delete(_site.Output, recursive: true);

        var next = _site.Build();

        Assert.True(next.Succeeded, next.FatalError);
        Assert.Equal("no record of an earlier build", next.State.CheckOutcome);
        // The check read and hashed every input once; ingest took the seeds' hashes from it.
        var seeds = Directory.GetFiles(_site.Seeds);
        Assert.All(seeds, seed => Assert.Equal(StaticNews.Text.ContentHash.Of(File.ReadAllBytes(seed)), next.State.InputHashes.Of(seed)));
        Assert.Equal(seeds.Length, next.State.TrustedStamps!.Stamps.Count(s => s.Path.StartsWith("input/seeds/", StringComparison.Ordinal)));
        Assert.Equal(seeds.Length, next.State.Ingest!.Reused);

        var record = UpToDateRecord.TryRead(_site.Paths.Cache)!;
        var walked = InputFingerprint.Stamp(new BuildOptions(_site.Paths), null)!.Stamps;
        Assert.Equal(InputFingerprint.Of(new BuildOptions(_site.Paths), next.State.Zone, walked), record.Fingerprint);
        Assert.Equal(walked, record.Stamps);
        Assert.True(_site.Build().State.NothingChanged);
    }

    [Theory]
    [InlineData("{\"Fingerprint\":\"x\",\"ManifestHash\":\"y\"}")]
    [InlineData("{ not json")]
    [InlineData("")]
    public void A_record_of_another_layout_or_a_damaged_one_means_a_real_build(string record)
    {
        Assert.True(_site.Build().Succeeded);
        File.WriteAllText(_site.Paths.Cache.UpToDateRecordFile, record);

        var next = _site.Build();

        Assert.True(next.Succeeded, next.FatalError);
        Assert.Equal("no record of an earlier build", next.State.CheckOutcome);
        Assert.True(_site.Build().State.NothingChanged);
    }

    private SortedDictionary<string, (string Hash, DateTime Written)> Snapshot()
    {
        var files = new SortedDictionary<string, (string, DateTime)>(StringComparer.Ordinal);
        foreach (var root in new[] { _site.Output, _site.Input })
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
                files[file] = (StaticNews.Text.ContentHash.Of(File.ReadAllBytes(file)), File.GetLastWriteTimeUtc(file));
        return files;
    }

    public void Dispose() => _site.Dispose();
}
