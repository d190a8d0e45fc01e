using System.Diagnostics;

namespace StaticNews.Tests.Crash;

/// <summary>The real StaticNews executable running a build in another process, so it can be killed like a CI job.</summary>
internal sealed class BuildProcess : IDisposable
{
    private readonly Process _process;

    public BuildProcess(string siteRoot)
    {
        _process = StaticNewsExecutable.Start(siteRoot, ["build", "--theme", RepoPaths.Theme]);
        _process.StandardOutput.ReadToEndAsync();
        _process.StandardError.ReadToEndAsync();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: no finally blocks, no cleanup, exactly what a cancelled CI job or power loss does.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public int WaitForExit()
    {
        Assert.True(_process.WaitForExit(300_000), "the build did not finish in five minutes");
        return _process.ExitCode;
    }

    public void Dispose() => _process.Dispose();
}
