using StaticNews.Diagnostics;
using StaticNews.Pipeline;

namespace StaticNews.Tests.Ingest;

/// <summary>
/// Only regular files are read, in every stage that reads input/: a named pipe, a folder named
/// like a seed, or a name that is not valid UTF-8 is named in an error and skipped, and the
/// rest of the archive builds. A pipe is never opened, so the build cannot hang on it.
/// </summary>
public sealed class SpecialInputFileTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    /// <summary>Builds on another thread, so a build that hangs fails the test instead of the test run.</summary>
    private static BuildResult BuildWithin(TestSite site)
    {
        var build = Task.Run(() => site.Build());
        Assert.True(build.Wait(Bound), $"the build did not end within {Bound.TotalSeconds} s");
        return build.Result;
    }

    private static Diagnostic ErrorFor(BuildResult result, string fileEnd)
        => Assert.Single(result.Diagnostics.All, d => d.Severity == Severity.Error && d.File.EndsWith(fileEnd, StringComparison.Ordinal));

    [SpecialFilesFact]
    public void A_named_pipe_among_the_seeds_is_named_and_skipped_in_this_build_and_the_next()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        SpecialFiles.MakeFifo(Path.Combine(site.Seeds, "pipe.txt"));

        var first = BuildWithin(site);
        // The next build's up-to-date check hashes input/: it must not open the pipe either.
        var second = BuildWithin(site);

        foreach (var result in new[] { first, second })
        {
            Assert.Null(result.FatalError);
            Assert.Contains("named pipe (FIFO)", ErrorFor(result, "seeds/pipe.txt").Message);
        }
        Assert.Single(site.ArticleFiles());
        Assert.Single(first.State.Model!.Articles);
    }

    [SpecialFilesFact]
    public void A_named_pipe_among_the_articles_is_named_and_left_out()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        SpecialFiles.MakeFifo(Path.Combine(site.Articles, "pipe.md"));

        var result = BuildWithin(site);

        Assert.Null(result.FatalError);
        Assert.Contains("named pipe (FIFO)", ErrorFor(result, "articles/pipe.md").Message);
        Assert.Single(result.State.Model!.Articles);
    }

    [Fact]
    public void A_folder_named_like_a_seed_is_named_and_its_files_are_not_ingested()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        var folder = Path.Combine(site.Seeds, "mappe.txt");
        Directory.CreateDirectory(folder);
        File.Copy(RepoPaths.Fixture("seeds", "tv2-billund.txt"), Path.Combine(folder, "tv2-billund.txt"));

        var result = site.Ingest();

        Assert.Equal("is a folder, not a .txt file; skipped", ErrorFor(result, "seeds/mappe.txt").Message);
        Assert.Equal(1, result.State.Ingest!.Created);
    }

    [SpecialFilesFact]
    public void A_seed_whose_name_is_not_valid_UTF8_is_named_safely_not_as_a_missing_file()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        SpecialFiles.WriteWithBadName(site.Seeds, "nyhed", ".txt", File.ReadAllText(RepoPaths.Fixture("seeds", "tv2-billund.txt")));

        var result = BuildWithin(site);

        Assert.Null(result.FatalError);
        var error = ErrorFor(result, "seeds/nyhed\uFFFD.txt");
        Assert.Contains("not valid UTF-8", error.Message);
        Assert.DoesNotContain(result.Diagnostics.All, d => d.Message.Contains("Could not find", StringComparison.OrdinalIgnoreCase));
        Assert.Single(site.ArticleFiles());
    }

    [SpecialFilesFact]
    public void A_named_pipe_as_site_yml_or_places_yml_stops_the_build_saying_what_it_is()
    {
        foreach (var name in new[] { "site.yml", "places.yml" })
        {
            using var site = new TestSite("ritzau-amnesti.txt");
            var file = Path.Combine(site.Input, name);
            File.Delete(file);
            SpecialFiles.MakeFifo(file);

            var result = BuildWithin(site);

            Assert.Matches($@"{name.Replace(".", @"\.")}: is a named pipe \(FIFO\), not a file; expected the site's", result.FatalError);
        }
    }
}
