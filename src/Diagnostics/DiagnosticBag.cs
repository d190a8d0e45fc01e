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

    /// <summary>By file, line (none first) and message.</summary>
    public IReadOnlyList<Diagnostic> All
    {
        get
        {
            // Array.Sort, not OrderBy(...).ThenBy(...): LINQ's sorter over an int key is generic
            // code in no ReadyToRun image, compiled anew in every build.
            var all = _items.ToArray();
            Array.Sort(all, InOrder);
            return all;
        }
    }

    private static int InOrder(Diagnostic x, Diagnostic y)
    {
        var order = string.CompareOrdinal(x.File, y.File);
        if (order == 0) order = (x.Line ?? 0).CompareTo(y.Line ?? 0);
        return order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
    }

    public int ErrorCount => _items.Count(d => d.Severity == Severity.Error);
    public int WarningCount => _items.Count(d => d.Severity == Severity.Warning);
}
