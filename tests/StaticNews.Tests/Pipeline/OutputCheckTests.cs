using StaticNews.Output;
using StaticNews.Pipeline;

namespace StaticNews.Tests.Pipeline;

/// <summary>
/// The check compares output/ with the record in the background; what it finds, and the manifest
/// it hands the render stage, are what a walk and a read after the fact would give.
/// </summary>
public class OutputCheckTests : IDisposable
{
    private readonly TestSite _site = new("ritzau-amnesti.txt", "tv2-billund.txt");

    [Fact]
    public void Output_as_the_last_build_left_it_gives_the_manifest_on_disk()
    {
        Assert.True(_site.Build().Succeeded);
        var check = OutputCheck.Start(_site.Paths, UpToDateRecord.TryRead(_site.Paths.Cache)!);
        check.ParseManifestAhead();

        Assert.True(check.AsLeft);
        Assert.Equal("inputs changed since the last build", check.Finding);
        var onDisk = OutputManifest.TryRead(IncrementalOutput.ManifestPathIn(_site.Paths.Cache))!;
        Assert.Equal(onDisk.Files.OrderBy(f => f.Key, StringComparer.Ordinal), check.Manifest!.Files.OrderBy(f => f.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("a file added")]
    [InlineData("a file resized")]
    [InlineData("the manifest changed")]
    [InlineData("output removed")]
    public void Output_changed_behind_the_build_gives_no_manifest(string change)
    {
        Assert.True(_site.Build().Succeeded);
        switch (change)
        {
            case "a file added": File.WriteAllText(Path.Combine(_site.Output, "stray.html"), "x"); break;
            case "a file resized": File.AppendAllText(Path.Combine(_site.Output, "robots.txt"), "\n# mere\n"); break;
            case "the manifest changed": File.AppendAllText(IncrementalOutput.ManifestPathIn(_site.Paths.Cache), "x\t1\tabc\t\n"); break;
            case "output removed": Directory.Delete(_site.Output, recursive: true); break;
        }

        var check = OutputCheck.Start(_site.Paths, UpToDateRecord.TryRead(_site.Paths.Cache)!);

        Assert.False(check.AsLeft);
        Assert.Null(check.Manifest);
        Assert.Equal("output/ is not what the last build left", check.Finding);
    }

    [Fact]
    public void A_build_with_new_input_and_a_stray_file_in_output_says_so_and_removes_it()
    {
        Assert.True(_site.Build().Succeeded);
        File.WriteAllText(Path.Combine(_site.Output, "stray.html"), "x");
        _site.AddSeed("escaping.txt");

        var next = _site.Build();

        Assert.True(next.Succeeded, next.FatalError);
        Assert.Equal("output/ is not what the last build left", next.State.Check);
        Assert.False(File.Exists(Path.Combine(_site.Output, "stray.html")));
        Assert.NotNull(_site.Build().State.UpToDate);
    }

    public void Dispose() => _site.Dispose();
}
