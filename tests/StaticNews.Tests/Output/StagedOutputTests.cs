using System.Text;
using StaticNews.Output;

namespace StaticNews.Tests.Output;

public class StagedOutputTests
{
    [Fact]
    public void A_committed_build_replaces_the_old_output_and_removes_stale_files()
    {
        using var temp = new TempFolder();
        var output = temp["output"];
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "stale.html"), "old");

        var staged = new StagedOutput(output);
        staged.Begin();
        staged.Write([new OutputFile("index.html", Encoding.UTF8.GetBytes("new"))]);
        staged.Commit();

        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.False(Directory.Exists(staged.StagingFolder));
    }

    [Fact]
    public void An_abandoned_build_leaves_the_previous_output_whole()
    {
        using var temp = new TempFolder();
        var output = temp["output"];
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "previous");

        var staged = new StagedOutput(output);
        staged.Begin();
        staged.Write([new OutputFile("index.html", Encoding.UTF8.GetBytes("half"))]);
        staged.Abandon();

        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void A_swap_interrupted_between_its_two_renames_is_recovered_on_the_next_build()
    {
        using var temp = new TempFolder();
        var output = temp["output"];
        Directory.CreateDirectory(output + ".old");
        File.WriteAllText(Path.Combine(output + ".old", "index.html"), "previous");

        new StagedOutput(output).Begin();

        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
    }
}
