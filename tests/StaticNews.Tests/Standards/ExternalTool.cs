using System.Diagnostics;

namespace StaticNews.Tests.Standards;

/// <summary>Runs a validator the tests depend on, and fails with the install step when it is missing.</summary>
internal static class ExternalTool
{
    private static readonly Lock Gate = new();

    public static string VnuJar
    {
        get
        {
            var jar = Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
            lock (Gate)
            {
                // tests/tools/package.json pins the checker; install it on first use, from the npm registry.
                if (!File.Exists(jar))
                    Run("npm", ["ci", "--no-audit", "--no-fund", "--prefix", Path.Combine(RepoPaths.Root, "tests", "tools")], TimeSpan.FromMinutes(5));
            }
            Assert.True(File.Exists(jar), $"{jar} is missing: run `npm ci --prefix tests/tools`");
            return jar;
        }
    }

    /// <summary>
    /// A Node script in tests/tools/ whose package (a file under node_modules/, <paramref name="installed"/>)
    /// tests/tools/package.json pins; installs the packages on first use, as <see cref="VnuJar"/> does.
    /// </summary>
    public static string NodeTool(string script, string installed)
    {
        var tools = Path.Combine(RepoPaths.Root, "tests", "tools");
        var marker = Path.Combine(tools, "node_modules", installed);
        lock (Gate)
        {
            if (!File.Exists(marker))
                Run("npm", ["ci", "--no-audit", "--no-fund", "--prefix", tools], TimeSpan.FromMinutes(5));
        }
        Assert.True(File.Exists(marker), $"{marker} is missing: run `npm ci --prefix tests/tools`");
        return Path.Combine(tools, script);
    }

    public static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail($"`{program}` is not installed: .ci/run installs it (see README, Tests)");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"`{program}` did not finish within {timeout}");
            }
            return (process.ExitCode, output.Result + error.Result);
        }
    }
}
