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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Swapping_in_a_tree_leaves_the_previous_site_whole_in_its_place_with_or_without_an_exchange(bool exchangeWorks)
    {
        using var temp = new TempFolder();
        var output = temp["output"];
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "previous");
        Directory.CreateDirectory(temp["incoming"]);
        File.WriteAllText(Path.Combine(temp["incoming"], "index.html"), "next");
        var exchanges = 0;

        var kept = new StagedOutput(output) { Exchange = (a, b) => { exchanges++; return exchangeWorks && AtomicDirectorySwap.TryExchange(a, b); } }
            .SwapIn(temp["incoming"]);

        Assert.True(kept);
        Assert.Equal(1, exchanges);
        Assert.Equal("next", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("previous", File.ReadAllText(Path.Combine(temp["incoming"], "index.html")));
        Assert.False(Directory.Exists(output + ".old"));
    }

    [Fact]
    public void Swapping_in_a_tree_where_there_is_no_output_yet_moves_it_there()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["incoming"]);
        File.WriteAllText(Path.Combine(temp["incoming"], "index.html"), "first");

        Assert.False(new StagedOutput(temp["output"]).SwapIn(temp["incoming"]));

        Assert.Equal("first", File.ReadAllText(Path.Combine(temp["output"], "index.html")));
        Assert.False(Directory.Exists(temp["incoming"]));
    }

    [Fact]
    public void A_swap_killed_after_its_second_rename_leaves_the_new_site_and_its_leftover_is_removed()
    {
        using var temp = new TempFolder();
        var output = temp["output"];
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "next");
        Directory.CreateDirectory(output + ".old");
        File.WriteAllText(Path.Combine(output + ".old", "index.html"), "previous");

        new StagedOutput(output).RecoverInterruptedSwap();

        Assert.Equal("next", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(output + ".old"));
    }
}
