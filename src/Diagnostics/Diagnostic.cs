namespace StaticNews.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// Something a person should know about one input file: which file, which line, what to do.
/// <paramref name="Repeats"/> is false for what is said once, when a file is written (ingest's
/// notes on a new article), and true for what every build of the same input says again (a bad
/// file stays bad): a build skipped as up to date repeats exactly the latter.
/// </summary>
public sealed record Diagnostic(Severity Severity, string File, int? Line, string Message, bool Repeats = true)
{
    public override string ToString()
        => $"{(Severity == Severity.Error ? "error" : "warning")}: {File}{(Line is { } l ? ":" + l : "")}: {Message}";
}
