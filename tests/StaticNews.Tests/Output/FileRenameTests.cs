using StaticNews.Output;

namespace StaticNews.Tests.Output;

public class FileRenameTests
{
    [Fact]
    public void A_name_that_links_to_another_file_is_replaced_and_the_other_file_kept()
    {
        using var temp = new TempFolder();
        var kept = temp["output/index.html"];
        var spare = temp["spare/index.html"];
        var written = temp["pending/index.html"];
        foreach (var file in new[] { kept, spare, written }) Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(kept, "old");
        HardLink.CreateOrCopy(kept, spare);
        File.WriteAllText(written, "new");

        FileRename.Replace(written, spare);

        Assert.Equal("new", File.ReadAllText(spare));
        Assert.Equal("old", File.ReadAllText(kept));
        Assert.False(File.Exists(written));
    }

    [Fact]
    public void A_name_not_there_yet_is_made()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["a"], "bytes");

        FileRename.Replace(temp["a"], temp["b"]);

        Assert.Equal("bytes", File.ReadAllText(temp["b"]));
        Assert.False(File.Exists(temp["a"]));
    }

    [Fact]
    public void A_missing_source_is_said_as_the_framework_says_it()
    {
        using var temp = new TempFolder();
        Assert.Throws<FileNotFoundException>(() => FileRename.Replace(temp["missing"], temp["b"]));
    }
}
