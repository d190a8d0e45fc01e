using StaticNews.Output;

namespace StaticNews.Tests.Output;

public class SafeOutputPathTests
{
    [Theory]
    [InlineData("../escape.html")]
    [InlineData("a/../../escape.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b")]
    [InlineData("./a")]
    [InlineData("a\\..\\b")]
    [InlineData("")]
    public void Paths_that_could_leave_the_output_folder_are_refused(string relative)
        => Assert.Throws<InvalidOperationException>(() => SafeOutputPath.Resolve("/tmp/out", relative));

    [Fact]
    public void Ordinary_paths_resolve_inside_the_root()
        => Assert.Equal("/tmp/out/2023/09/22/x/index.html", SafeOutputPath.Resolve("/tmp/out", "2023/09/22/x/index.html"));
}
