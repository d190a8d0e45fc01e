using StaticNews.Pipeline;

namespace StaticNews.Tests.Pipeline;

/// <summary>
/// A stage that meets a failure a build can meet (a file that cannot be written, say) ends the
/// build with that failure in words, naming the stage, also when the failure was met on one of a
/// parallel loop's threads; anything else is a bug and is not dressed up as a build error.
/// </summary>
public class BuildPipelineTests : IDisposable
{
    private readonly TestSite _site = new();

    private sealed class Failing(Exception failure) : IBuildStage
    {
        public string Name => "write";

        public BuildState Run(BuildState state) => throw failure;
    }

    [Fact]
    public void A_failure_met_on_a_parallel_loops_thread_is_said_as_itself()
    {
        var failure = new AggregateException(new IOException("output/index.html: no space left on device"), new IOException("output/feed.xml: no space left on device"));

        var result = new BuildPipeline([new Failing(failure)]).Run(new BuildOptions(_site.Paths));

        Assert.Equal("write: output/index.html: no space left on device", result.FatalError);
        Assert.Equal(["write"], result.Timings.Select(t => t.Stage));
    }

    [Fact]
    public void A_plain_failure_is_said_with_its_stage()
    {
        var result = new BuildPipeline([new Failing(new IOException("output/: read-only file system"))]).Run(new BuildOptions(_site.Paths));

        Assert.Equal("write: output/: read-only file system", result.FatalError);
    }

    [Fact]
    public void A_bug_on_a_parallel_loops_thread_is_not_taken_for_a_build_error()
    {
        var bug = new AggregateException(new IOException("fine"), new NullReferenceException());

        Assert.Throws<AggregateException>(() => new BuildPipeline([new Failing(bug)]).Run(new BuildOptions(_site.Paths)));
    }

    public void Dispose() => _site.Dispose();
}
