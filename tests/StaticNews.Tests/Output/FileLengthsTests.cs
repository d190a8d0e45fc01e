using StaticNews.Output;

namespace StaticNews.Tests.Output;

/// <summary>
/// The lengths of files in a folder by their '/'-separated paths say what FileInfo says: a file's
/// length, or -1 where there is no file; asked inside the open folder or, where it cannot be
/// opened, by whole paths.
/// </summary>
public class FileLengthsTests
{
    [Fact]
    public void A_file_has_its_length_and_a_missing_file_or_a_folder_has_none()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["2023/09/æble"]);
        File.WriteAllText(temp["2023/09/æble/index.html"], "<p>æble</p>");
        File.WriteAllBytes(temp["empty.txt"], []);

        using var lengths = new FileLengths(temp.Path);
        Assert.Equal(new FileInfo(temp["2023/09/æble/index.html"]).Length, lengths.Of("2023/09/æble/index.html"));
        Assert.Equal(0, lengths.Of("empty.txt"));
        Assert.Equal(-1, lengths.Of("2023/09/missing.html"));
        Assert.Equal(-1, lengths.Of("2023/09/æble"));
        Assert.Equal(-1, lengths.Of("empty.txt/index.html"));
        Assert.Equal(-1, lengths.Of(""));
    }

    [Fact]
    public void A_link_has_the_length_of_the_file_it_leads_to()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["target.html"], "<p>target</p>");
        File.CreateSymbolicLink(temp["link.html"], temp["target.html"]);
        File.CreateSymbolicLink(temp["dangling.html"], temp["gone.html"]);

        using var lengths = new FileLengths(temp.Path);
        Assert.Equal(new FileInfo(temp["target.html"]).Length, lengths.Of("link.html"));
        Assert.Equal(-1, lengths.Of("dangling.html"));
    }

    [Fact]
    public void A_path_beginning_with_a_slash_is_still_inside_the_folder()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["etc"]);
        File.WriteAllText(temp["etc/hostname"], "side");

        using var lengths = new FileLengths(temp.Path);
        Assert.Equal(4, lengths.Of("/etc/hostname"));
        Assert.Equal(-1, lengths.Of("/" + Path.GetFileName(temp.Path)));
    }

    [Fact]
    public void A_folder_that_is_not_there_has_no_files()
    {
        using var temp = new TempFolder();

        using var lengths = new FileLengths(temp["missing"]);
        Assert.Equal(-1, lengths.Of("index.html"));
    }

    [Fact]
    public void A_folder_that_could_not_be_opened_is_asked_by_whole_paths()
    {
        using var temp = new TempFolder();
        using var lengths = new FileLengths(temp["later"]);
        Directory.CreateDirectory(temp["later/2023"]);
        File.WriteAllText(temp["later/2023/index.html"], "<p>senere</p>");

        Assert.Equal(new FileInfo(temp["later/2023/index.html"]).Length, lengths.Of("2023/index.html"));
        Assert.Equal(-1, lengths.Of("2023/missing.html"));
    }
}
