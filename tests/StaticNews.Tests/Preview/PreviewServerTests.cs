using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using StaticNews.Configuration;
using StaticNews.Preview;
using StaticNews.Tests.Browser;

namespace StaticNews.Tests.Preview;

/// <summary>
/// `serve` as a writer uses it: the server runs, a page is open in Chromium, the writer edits a
/// seed, and the open page shows the new headline without anyone restarting or reloading.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PreviewServerTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private const string ArticlePath = "2010/01/04/seks-nye-borgmestre-paa-vej-i-arbejdstoejet/";
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Editing_a_seed_rebuilds_and_reloads_the_open_page()
    {
        var input = _temp.CopyFrom(RepoPaths.SampleInput, "input");
        // A project site: the base path must be kept while serving.
        var siteFile = Path.Combine(input, "site.yml");
        File.WriteAllText(siteFile, File.ReadAllText(siteFile).Replace("base_url: https://staticnews.example/", "base_url: https://example.github.io/archive/"));
        var paths = SitePaths.Resolve(input, _temp["output"], RepoPaths.Theme);
        var port = LoopbackPort.Free();
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var builds = 0;
        using var stop = new CancellationTokenSource();
        var session = new PreviewSession(paths, port, watch: true, TextWriter.Null)
        {
            OnBuilt = result => { Assert.Null(result.FatalError); Interlocked.Increment(ref builds); },
            OnListening = listening.SetResult,
        };
        var running = Task.Run(() => session.Run(stop.Token));
        try
        {
            var url = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal($"http://127.0.0.1:{port}/archive/", url);

            using (var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }))
            {
                var redirect = await http.GetAsync($"http://127.0.0.1:{port}/archive/locations");
                Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
                Assert.Equal("/archive/locations/", redirect.Headers.Location!.OriginalString);
                Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(url + "findes/ikke/")).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(url + "../../etc/passwd")).StatusCode);
            }

            var context = await browser.Browser.NewContextAsync();
            context.SetDefaultTimeout(60_000);
            var page = await context.NewPageAsync();
            var errors = new List<string>();
            page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
            var listeningForReload = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            page.Response += (_, response) => { if (response.Url.Contains("/archive/__staticnews/events")) listeningForReload.TrySetResult(); };
            await page.GotoAsync(url + ArticlePath);
            Assert.Equal("Seks nye borgmestre på vej i arbejdstøjet", (await page.Locator("h1").TextContentAsync())!.Trim());
            // The links point at this server, under the base path.
            Assert.Equal("/archive/", await page.Locator(".brand").GetAttributeAsync("href"));
            // Wait until the reload script is listening before editing, as a person would have.
            await listeningForReload.Task.WaitAsync(TimeSpan.FromSeconds(30));

            var seed = Path.Combine(input, "seeds", "tv2r_2.txt");
            File.WriteAllText(seed, File.ReadAllText(seed).Replace("Seks nye borgmestre på vej", "Syv nye borgmestre på vej"));

            await page.Locator("h1", new() { HasText = "Syv nye borgmestre på vej i arbejdstøjet" }).WaitForAsync();
            Assert.True(Volatile.Read(ref builds) >= 2);
            // The CSP held: the reload script is a file of our own, no violation was logged.
            Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy"));
            await context.CloseAsync();
        }
        finally
        {
            stop.Cancel();
            await running.WaitAsync(TimeSpan.FromSeconds(30));
        }
        // Stopped cleanly: the port is free again.
        var again = new TcpListener(IPAddress.Loopback, port);
        again.Start();
        again.Stop();
    }


    public void Dispose() => _temp.Dispose();
}
