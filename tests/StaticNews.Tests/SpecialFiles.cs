using System.Diagnostics;

namespace StaticNews.Tests;

/// <summary>
/// Files .NET cannot make by itself, made by the system's own tools: a named pipe (mkfifo) and a
/// file whose name is not valid UTF-8 (written by sh, which passes the name's bytes through).
/// </summary>
internal static class SpecialFiles
{
    public static bool CanMake { get; } = !OperatingSystem.IsWindows() && OnPath("mkfifo") && OnPath("sh");

    public static void MakeFifo(string path) => Run("mkfifo", path);

    /// <summary>Writes <paramref name="text"/> to a file in <paramref name="folder"/> named <paramref name="prefix"/>, byte 0xFF, <paramref name="suffix"/>.</summary>
    public static void WriteWithBadName(string folder, string prefix, string suffix, string text)
        => Run("sh", "-c", "printf '%s' \"$1\" > \"$2$(printf '\\377')$3\"", "sh", text, Path.Combine(folder, prefix), suffix);

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed: {errors}");
    }

    private static bool OnPath(string program)
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, program)));
}

/// <summary>A test that needs <see cref="SpecialFiles"/>: skipped, saying why, only where mkfifo and sh are missing.</summary>
internal sealed class SpecialFilesFactAttribute : FactAttribute
{
    public SpecialFilesFactAttribute()
    {
        if (!SpecialFiles.CanMake) Skip = "needs mkfifo and sh (a Unix system)";
    }
}
