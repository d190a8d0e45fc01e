namespace StaticNews.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>Something a person should know about one input file: which file, which line, what to do.</summary>
public sealed record Diagnostic(Severity Severity, string File, int? Line, string Message)
{
    public override string ToString()
        => $"{(Severity == Severity.Error ? "error" : "warning")}: {File}{(Line is { } l ? ":" + l : "")}: {Message}";
}
