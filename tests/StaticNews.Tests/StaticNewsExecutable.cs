using System.Diagnostics;

namespace StaticNews.Tests;

/// <summary>
/// The built StaticNews executable run as another process, the way a person or CI runs it
/// (CI=true, so plain output). One place that knows how to start it.
/// </summary>
internal static class StaticNewsExecutable
{
    public static Process Start(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "StaticNews.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["CI"] = "true";
        return Process.Start(start)!;
    }

    /// <summary>Runs to the end (two minutes at most) and returns the exit code and both outputs.</summary>
    public static (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "the command did not finish in two minutes");
        return (process.ExitCode, output.Result, error.Result);
    }
}
