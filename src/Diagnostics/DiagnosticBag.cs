using System.Collections.Concurrent;

namespace StaticNews.Diagnostics;

/// <summary>Collects diagnostics from stages that may run in parallel; lists them in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    public void Warn(string file, string message, int? line = null) => _items.Add(new Diagnostic(Severity.Warning, file, line, message));

    public void Error(string file, string message, int? line = null) => _items.Add(new Diagnostic(Severity.Error, file, line, message));

    /// <summary>A warning said when a file is written, not repeated by later builds of the same input.</summary>
    public void WarnOnce(string file, string message, int? line = null) => _items.Add(new Diagnostic(Severity.Warning, file, line, message, Repeats: false));

    /// <summary>Says again what an earlier build of the same input said.</summary>
    public void Repeat(Diagnostic diagnostic) => _items.Add(diagnostic);

    public IReadOnlyList<Diagnostic> All => _items
        .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);
    public int WarningCount => _items.Count(d => d.Severity == Severity.Warning);
}
