using System.Diagnostics;
using System.Globalization;
using StaticNews.Content;

namespace StaticNews.Ingest;

/// <summary>
/// The date of a seed whose text holds none (DESIGN.md): the time of the git commit that added
/// it where the input is a git checkout, else the file's modification time. One `git log` call
/// answers for every seed, made only when some seed needs it.
/// </summary>
public sealed class SeedDateLookup(string seedsFolder)
{
    private readonly Lock _gate = new();
    private Dictionary<string, DateTimeOffset>? _commitDates;

    public (DateTimeOffset Date, DateSource Source) DateOf(string seedPath)
    {
        Dictionary<string, DateTimeOffset> commitDates;
        lock (_gate) commitDates = _commitDates ??= ReadCommitDates();
        var full = Path.GetFullPath(seedPath);
        return commitDates.TryGetValue(full, out var date)
            ? (date, DateSource.Git)
            : (new DateTimeOffset(File.GetLastWriteTimeUtc(full), TimeSpan.Zero), DateSource.FileTime);
    }

    private Dictionary<string, DateTimeOffset> ReadCommitDates()
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (!Directory.Exists(seedsFolder)) return dates;
        try
        {
            var top = RunGit("rev-parse --show-toplevel").Trim();
            if (top.Length == 0) return dates;
            // Oldest first, so the commit that added a file is the one left standing.
            var log = RunGit("log --reverse --diff-filter=A --format=%x01%aI --name-only -- .");
            DateTimeOffset? current = null;
            foreach (var line in log.Split('\n'))
            {
                if (line.StartsWith('\u0001'))
                    current = DateTimeOffset.Parse(line[1..], CultureInfo.InvariantCulture);
                else if (line.Length > 0 && current is { } date)
                    dates.TryAdd(Path.GetFullPath(Path.Combine(top, line)), date);
            }
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or FormatException)
        {
            // No git, or not a checkout: file times it is.
        }
        return dates;
    }

    /// <summary>Runs git in the seeds folder and gives its output ("" when it fails); a test puts in its own.</summary>
    internal Func<string, string> RunGit
    {
        get => _runGit ?? RunGitProcess;
        init => _runGit = value;
    }

    private readonly Func<string, string>? _runGit;

    private string RunGitProcess(string arguments)
    {
        var start = new ProcessStartInfo("git", arguments)
        {
            WorkingDirectory = seedsFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("git did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Result : "";
    }
}
