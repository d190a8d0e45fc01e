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
        // Spins until the count has grown by 20 ms of work; on a busy machine other processes may
        // hold the core for most of the wall time, so the wall clock only bounds how long to try.
        var before = ProcessUsage.ProcessorTime;
        var wall = Stopwatch.StartNew();
        var sum = 0L;
        var counted = TimeSpan.Zero;
        while (counted < TimeSpan.FromMilliseconds(20) && wall.Elapsed < TimeSpan.FromSeconds(30))
        {
            for (var i = 0; i < 100_000; i++) sum += wall.ElapsedTicks & 1;
            counted = ProcessUsage.ProcessorTime - before;
        }
        Assert.True(counted >= TimeSpan.FromMilliseconds(20), $"{counted.TotalMilliseconds} ms counted in {wall.ElapsedMilliseconds} ms ({sum})");
    }
}
