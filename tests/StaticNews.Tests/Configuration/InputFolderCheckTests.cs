using StaticNews.Diagnostics;

namespace StaticNews.Tests.Configuration;

/// <summary>
/// A build pointed at the wrong place says so and fails (exit 2) instead of publishing an empty
/// site as a success; wire texts put directly in input/ are pointed to input/seeds/.
/// </summary>
public sealed class InputFolderCheckTests
{
    [Fact]
    public void An_input_folder_that_does_not_exist_is_an_error_with_exit_2_saying_what_was_expected()
    {
        using var temp = new TempFolder();
        var (exit, output, error) = StaticNewsExecutable.Run(temp.Path, "build", "--input", "arkiv", "--theme", RepoPaths.Theme);

        Assert.Equal(2, exit);
        Assert.Contains("error: config: arkiv: no such folder; expected the site's input folder, holding seeds/ (wire texts, .txt) and articles/ (Markdown, .md)", error);
        Assert.DoesNotContain("site built", output);
        Assert.False(File.Exists(Path.Combine(temp.Path, "output", "index.html")));
    }

    [Fact]
    public void An_input_folder_with_neither_seeds_nor_articles_is_an_error_pointing_to_where_they_go()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["input"]);
        File.Copy(RepoPaths.Fixture("seeds", "tv2-billund.txt"), Path.Combine(temp["input"], "tv2-billund.txt"));

        var (exit, _, error) = StaticNewsExecutable.Run(temp.Path, "build", "--theme", RepoPaths.Theme);

        Assert.Equal(2, exit);
        Assert.Contains("error: config: input: holds neither seeds/ nor articles/; expected wire texts (.txt) in input/seeds/ or Markdown articles (.md) in input/articles/ (1 .txt file lies directly in input/: move it to input/seeds/)", error);
    }

    [Fact]
    public void A_wire_text_directly_in_input_is_a_warning_pointing_to_input_seeds()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        File.Copy(RepoPaths.Fixture("seeds", "tv2-billund.txt"), Path.Combine(site.Input, "tv2-billund.txt"));

        var result = site.Build();

        Assert.Null(result.FatalError);
        var warning = Assert.Single(result.Diagnostics.All, d => d.File.EndsWith("input/tv2-billund.txt", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Matches("^lies directly in .*input/, where seeds are not looked for: move it to .*input/seeds/ to ingest it$", warning.Message);
        Assert.Single(result.State.Model!.Articles);
    }
}
