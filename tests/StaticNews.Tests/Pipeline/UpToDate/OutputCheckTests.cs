using StaticNews.Pipeline.UpToDate;
using StaticNews.Output;
using StaticNews.Pipeline;

namespace StaticNews.Tests.Pipeline.UpToDate;

/// <summary>
/// The check compares output/ with the record in the background, by its listing (when the build
/// may not be needed) or by the files its manifest names (when the build runs anyway); what it
/// finds, and the manifest it hands the render stage, are what a read after the fact would give.
/// </summary>
[Trait("Category", "Slow")]
public class OutputCheckTests : IDisposable
{
    private readonly TestSite _site = new("ritzau-amnesti.txt", "tv2-billund.txt");

    [Theory]
    [InlineData("listing")]
    [InlineData("manifest")]
    public void Output_as_the_last_build_left_it_gives_the_manifest_on_disk(string way)
    {
        Assert.True(_site.Build().Succeeded);

        var check = Check(way);

        Assert.True(check.OutputUnchanged);
        Assert.Equal("inputs changed since the last build", check.WhyBuild);
        var onDisk = OutputManifest.TryRead(_site.Paths.Cache.OutputManifestFile)!;
        Assert.Equal(onDisk.Files.OrderBy(f => f.Key, StringComparer.Ordinal), check.Manifest!.Files.OrderBy(f => f.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("listing", "a file removed")]
    [InlineData("listing", "a file resized")]
    [InlineData("listing", "a file added")]
    [InlineData("listing", "the manifest changed")]
    [InlineData("listing", "output removed")]
    [InlineData("manifest", "a file removed")]
    [InlineData("manifest", "a file resized")]
    [InlineData("manifest", "the manifest changed")]
    [InlineData("manifest", "output removed")]
    [InlineData("manifest", "a commit interrupted")]
    public void Output_changed_behind_the_build_gives_no_manifest(string way, string change)
    {
        Assert.True(_site.Build().Succeeded);
        switch (change)
        {
            case "a file removed": File.Delete(Path.Combine(_site.Output, "robots.txt")); break;
            case "a file resized": File.AppendAllText(Path.Combine(_site.Output, "robots.txt"), "\n# mere\n"); break;
            case "a file added": File.WriteAllText(Path.Combine(_site.Output, "stray.html"), "x"); break;
            case "the manifest changed": File.AppendAllText(_site.Paths.Cache.OutputManifestFile, "x\t1\tabc\t\n"); break;
            case "output removed": Directory.Delete(_site.Output, recursive: true); break;
            case "a commit interrupted": Directory.CreateDirectory(_site.Output + ".pending"); break;
        }

        var check = Check(way);

        Assert.False(check.OutputUnchanged);
        Assert.Null(check.Manifest);
        Assert.Equal("output/ is not what the last build left", check.WhyBuild);
    }

    [Fact]
    public void Checking_by_the_manifest_does_not_look_for_files_added_by_hand()
    {
        Assert.True(_site.Build().Succeeded);
        File.WriteAllText(Path.Combine(_site.Output, "stray.html"), "x");

        Assert.True(Check("manifest").OutputUnchanged);
        Assert.False(Check("listing").OutputUnchanged);
    }

    [Fact]
    public void A_build_with_new_input_removes_a_file_added_to_output_by_hand()
    {
        Assert.True(_site.Build().Succeeded);
        File.WriteAllText(Path.Combine(_site.Output, "stray.html"), "x");
        _site.AddSeed("escaping.txt");

        var next = _site.Build();

        Assert.True(next.Succeeded, next.FatalError);
        Assert.False(File.Exists(Path.Combine(_site.Output, "stray.html")));
        Assert.True(_site.Build().State.NothingChanged);
    }

    [Fact]
    public void A_build_with_new_input_and_a_file_removed_from_output_says_so_and_restores_it()
    {
        Assert.True(_site.Build().Succeeded);
        File.Delete(Path.Combine(_site.Output, "robots.txt"));
        _site.AddSeed("escaping.txt");

        var next = _site.Build();

        Assert.True(next.Succeeded, next.FatalError);
        Assert.Equal("output/ is not what the last build left", next.State.CheckOutcome);
        Assert.True(File.Exists(Path.Combine(_site.Output, "robots.txt")));
        Assert.True(_site.Build().State.NothingChanged);
    }

    [Fact]
    public void A_build_with_new_input_and_a_file_of_output_edited_by_hand_makes_it_anew()
    {
        Assert.True(_site.Build().Succeeded);
        var robots = Path.Combine(_site.Output, "robots.txt");
        var made = File.ReadAllText(robots);
        File.AppendAllText(robots, "\n# edited by hand\n");
        _site.AddSeed("escaping.txt");

        var next = _site.Build();

        Assert.True(next.Succeeded, next.FatalError);
        Assert.Equal("output/ is not what the last build left", next.State.CheckOutcome);
        Assert.Equal(made, File.ReadAllText(robots));
    }

    [Fact]
    public void Checking_by_the_manifest_looks_at_output_when_started_or_asked_so_sees_a_change_made_before()
    {
        Assert.True(_site.Build().Succeeded);
        var asked = Check("manifest");
        var started = Check("manifest");
        File.Delete(Path.Combine(_site.Output, "robots.txt")); // after the checks were made, before they looked

        started.Start();
        started.Start();

        Assert.False(asked.OutputUnchanged);
        Assert.False(started.OutputUnchanged);
        Assert.Null(started.Manifest);
    }

    private OutputCheck Check(string way)
    {
        var record = UpToDateRecord.TryRead(_site.Paths.Cache)!;
        return way == "listing" ? OutputCheck.ByListing(_site.Paths, record) : OutputCheck.ByManifest(_site.Paths, record);
    }

    public void Dispose() => _site.Dispose();
}
