using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace StaticNews.Pipeline;

/// <summary>
/// The process's CPU time and peak memory, as each stage's timing line reports them. On Linux
/// both come from one getrusage(2) each: <see cref="System.Diagnostics.Process"/> read and parsed
/// a dozen files of /proc (one per thread) for the peak, at every stage, and loaded two assemblies
/// a build otherwise does not need.
/// </summary>
internal static unsafe partial class ProcessUsage
{
    private const int Self = 0; // RUSAGE_SELF
    private const int MaxResidentOffset = 32; // after two timevals, on every 64-bit Linux
    private const int RecordSize = 144; // struct rusage on 64-bit Linux

    /// <summary>CPU time of all the process's threads, user and system.</summary>
    public static TimeSpan ProcessorTime => Environment.CpuUsage.TotalTime;

    /// <summary>The most memory the process has held resident, in bytes.</summary>
    public static long PeakMemory
    {
        get
        {
            if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess) return PeakWorkingSet();
            var record = stackalloc byte[RecordSize];
            // ru_maxrss is in kibibytes on Linux: the same count /proc gives as VmHWM.
            return GetResourceUsage(Self, record) == 0 ? *(long*)(record + MaxResidentOffset) * 1024 : PeakWorkingSet();
        }
    }

    // Apart, so the Process assembly is loaded only where it is asked.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long PeakWorkingSet()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetResourceUsage(int who, byte* usage);
}
