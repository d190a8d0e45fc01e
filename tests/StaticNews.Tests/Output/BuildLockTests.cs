using System.Runtime.InteropServices;
using StaticNews.Output;

namespace StaticNews.Tests.Output;

public class BuildLockTests
{
    [Fact]
    public void The_tests_run_with_file_locking_off_as_the_tool_does()
    {
        // Otherwise .NET's own lock on output.lock would pass the tests below whatever BuildLock does.
        Assert.True(AppContext.TryGetSwitch("System.IO.DisableFileLocking", out var off) && off);
    }

    [Fact]
    public void A_second_lock_on_the_same_output_is_refused_while_the_first_is_held()
    {
        using var temp = new TempFolder();
        var output = temp["site/output"];

        using (BuildLock.Acquire(output))
        {
            var refused = Assert.Throws<BuildLockedException>(() => BuildLock.Acquire(output));
            Assert.Contains("another StaticNews build is already working", refused.Message);
        }
        BuildLock.Acquire(output).Dispose();
    }

    [Fact]
    public void The_lock_a_build_of_an_earlier_version_holds_refuses_the_build()
    {
        if (OperatingSystem.IsWindows()) return; // the sharing mode is the lock there, as before
        using var temp = new TempFolder();
        var output = temp["site/output"];
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);

        // An earlier build left the lock to FileStream, which took an exclusive flock on output.lock.
        using var other = new FileStream(output + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite);
        Assert.Equal(0, Flock((int)other.SafeFileHandle.DangerousGetHandle(), 2 | 4)); // LOCK_EX | LOCK_NB
        Assert.Throws<BuildLockedException>(() => BuildLock.Acquire(output));
    }

    [DllImport("libc", EntryPoint = "flock")]
    private static extern int Flock(int descriptor, int operation);

    [Fact]
    public void Locks_on_other_outputs_do_not_interfere()
    {
        using var temp = new TempFolder();
        using var first = BuildLock.Acquire(temp["a/output"]);
        using var second = BuildLock.Acquire(temp["b/output"]);
    }
}
