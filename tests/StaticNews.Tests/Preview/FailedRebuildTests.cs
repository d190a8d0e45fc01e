using System.Collections.Concurrent;
using StaticNews.Cli;
using StaticNews.Pipeline;
using StaticNews.Preview;

namespace StaticNews.Tests.Preview;

/// <summary>
/// `serve` while the writer breaks something: a rebuild that fails is reported as failed, with
/// what is wrong, and the last good site stays served; a site.yml broken from the start is
/// reported and nothing is served.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FailedRebuildTests
{
    [Fact]
    public async Task A_failed_rebuild_is_reported_as_failed_and_the_last_good_site_is_still_served()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        var port = LoopbackPort.Free();
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var builds = new BlockingCollection<BuildResult>();
        using var stop = new CancellationTokenSource();
        var session = new PreviewSession(site.Paths, port, watch: true, TextWriter.Null)
        {
            OnBuilt = builds.Add,
            OnListening = listening.SetResult,
        };
        var running = Task.Run(() => session.Run(stop.Token));
        try
        {
            var url = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(builds.TryTake(out var first, TimeSpan.FromSeconds(10)));
            Assert.Null(first.FatalError);
            using var http = new HttpClient();
            var before = await http.GetStringAsync(url);

            File.WriteAllText(Path.Combine(site.Input, "site.yml"), "title: Testarkiv\nbase_url: https://example.org/\npage_size: tyve\n");
            BuildResult? failed = null;
            while (failed == null && builds.TryTake(out var next, TimeSpan.FromSeconds(60)))
                if (next.FatalError != null) failed = next;

            Assert.NotNull(failed);
            Assert.Contains("site.yml:3: page_size: expected a whole number, got \"tyve\"", failed.FatalError);
            var output = new StringWriter();
            var errors = new StringWriter();
            ConsoleReporter.Short(failed, output, errors);
            Assert.Equal("", output.ToString());
            Assert.Contains("rebuild failed: still serving the previous build", errors.ToString());
            Assert.DoesNotContain("rebuilt in", errors.ToString());
            Assert.Equal(before, await http.GetStringAsync(url));
        }
        finally
        {
            stop.Cancel();
            await running.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    [Fact]
    public async Task A_site_yml_broken_from_the_start_is_reported_and_nothing_is_served()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        File.WriteAllText(Path.Combine(site.Input, "site.yml"), "titel: Testarkiv\n");
        var results = new List<BuildResult>();
        string? served = null;
        var session = new PreviewSession(site.Paths, LoopbackPort.Free(), watch: true, TextWriter.Null)
        {
            OnBuilt = results.Add,
            OnListening = url => served = url,
        };

        // A session that went on serving would not end: the wait would time out.
        await Task.Run(() => session.Run(CancellationToken.None)).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Null(served);
        Assert.Contains("unknown setting \"titel\": did you mean \"title\"?", Assert.Single(results).FatalError);
    }

}
