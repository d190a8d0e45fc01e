using System.Diagnostics;
using StaticNews.Pipeline;

namespace StaticNews.Tests.Pipeline;

public class ProcessUsageTests
{
    [Fact]
    public void The_peak_memory_is_what_the_process_object_reports()
    {
        var ours = ProcessUsage.PeakMemory;
        using var process = Process.GetCurrentProcess();
        var theirs = process.PeakWorkingSet64;
        // Both read the kernel's high-water mark; the process may grow between the two reads.
        Assert.InRange(ours, theirs - (16 << 20), theirs + (16 << 20));
        Assert.True(ours > 0);
    }

    [Fact]
    public void The_processor_time_counts_work_done()
    {
        var before = ProcessUsage.ProcessorTime;
        var spin = Stopwatch.StartNew();
        var sum = 0L;
        while (spin.ElapsedMilliseconds < 50) sum += spin.ElapsedTicks & 1;
        Assert.True(ProcessUsage.ProcessorTime - before >= TimeSpan.FromMilliseconds(20), $"{sum}");
    }
}
