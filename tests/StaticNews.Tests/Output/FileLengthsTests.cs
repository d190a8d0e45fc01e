using StaticNews.Output;

namespace StaticNews.Tests.Output;

/// <summary>A file's length by folder and '/'-separated path says what FileInfo says: its length, or -1 where there is no file.</summary>
public class FileLengthTests
{
    [Fact]
    public void A_file_has_its_length_and_a_missing_file_or_a_folder_has_none()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["2023/09/æble"]);
        File.WriteAllText(temp["2023/09/æble/index.html"], "<p>æble</p>");
        File.WriteAllBytes(temp["empty.txt"], []);

        var folder = temp.Path;
        Assert.Equal(new FileInfo(temp["2023/09/æble/index.html"]).Length, FileLength.Of(folder, "2023/09/æble/index.html"));
        Assert.Equal(0, FileLength.Of(folder, "empty.txt"));
        Assert.Equal(-1, FileLength.Of(folder, "2023/09/missing.html"));
        Assert.Equal(-1, FileLength.Of(folder, "2023/09/æble"));
    }

    [Fact]
    public void A_link_has_the_length_of_the_file_it_leads_to()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["target.html"], "<p>target</p>");
        File.CreateSymbolicLink(temp["link.html"], temp["target.html"]);
        File.CreateSymbolicLink(temp["dangling.html"], temp["gone.html"]);

        var folder = temp.Path;
        Assert.Equal(new FileInfo(temp["target.html"]).Length, FileLength.Of(folder, "link.html"));
        Assert.Equal(-1, FileLength.Of(folder, "dangling.html"));
    }
}
