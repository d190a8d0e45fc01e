using System.Diagnostics;

namespace StaticNews.Tests.Search;

/// <summary>
/// Runs a JavaScript snippet with the machine's Node (an ES module that may import
/// the search modules of theme/assets/), for the tests that hold the browser code to the C# code.
/// Node is a test tool only: the product never needs it. Missing Node fails the test, loudly.
/// </summary>
internal static class NodeScript
{
    public static string Executable
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("STATICNEWS_NODE");
            if (!string.IsNullOrEmpty(configured)) return configured;
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':').Append("/usr/bin"))
            {
                var candidate = Path.Combine(dir, "node");
                if (File.Exists(candidate)) return candidate;
            }
            throw new InvalidOperationException("node is missing: the JavaScript search tests need Node.js (apt-get install nodejs) or STATICNEWS_NODE");
        }
    }

    /// <summary>theme/assets/search-analysis.js: the stemmer, the tokenizer and query parsing.</summary>
    public static string AnalysisModuleUrl => ModuleUrl("search-analysis.js");

    /// <summary>theme/assets/search-client.js: the index client (fetching, ranking).</summary>
    public static string ClientModuleUrl => ModuleUrl("search-client.js");

    private static string ModuleUrl(string file) => new Uri(Path.Combine(RepoPaths.Theme, "assets", file)).AbsoluteUri;

    /// <summary>Runs the module source with the arguments (process.argv[2..]) and returns its standard output.</summary>
    public static string Run(string moduleSource, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add("--input-type=module");
        start.ArgumentList.Add("-");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.StandardInput.Write(moduleSource);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("node did not finish within 60 s");
        }
        Assert.True(process.ExitCode == 0, $"node exited with {process.ExitCode}: {error.Result}");
        return output.Result;
    }
}
