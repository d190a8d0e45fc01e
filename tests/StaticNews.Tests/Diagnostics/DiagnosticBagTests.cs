using StaticNews.Diagnostics;

// In the root namespace: a StaticNews.Tests.Diagnostics would hide StaticNews.Diagnostics from the other tests.
namespace StaticNews.Tests;

public class DiagnosticBagTests
{
    [Fact]
    public void Diagnostics_are_listed_by_file_then_line_then_message()
    {
        var bag = new DiagnosticBag();
        bag.Warn("b.md", "z", 1);
        bag.Error("a.md", "late", 7);
        bag.Warn("a.md", "b", 2);
        bag.Warn("a.md", "a", 2);
        bag.Warn("a.md", "no line");

        Assert.Equal(["a.md no line", "a.md 2 a", "a.md 2 b", "a.md 7 late", "b.md 1 z"],
            bag.All.Select(d => d.Line is { } line ? $"{d.File} {line} {d.Message}" : $"{d.File} {d.Message}"));
        Assert.Equal(1, bag.ErrorCount);
        Assert.Equal(4, bag.WarningCount);
    }
}
