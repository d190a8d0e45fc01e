using StaticNews.Output;

namespace StaticNews.Tests.Output;

public class FolderMakerTests
{
    [Fact]
    public void Makes_each_files_folder_with_its_parents()
    {
        using var temp = new TempFolder();
        var folders = new FolderMaker();

        folders.MakeFor(temp["a/b/c/index.html"]);
        folders.MakeFor(temp["a/b/c/feed.xml"]);
        folders.MakeFor(temp["a/d/index.html"]);

        Assert.True(Directory.Exists(temp["a/b/c"]));
        Assert.True(Directory.Exists(temp["a/d"]));
    }

    [Fact]
    public void Still_makes_folders_after_more_than_it_remembers()
    {
        using var temp = new TempFolder();
        var folders = new FolderMaker();

        for (var round = 0; round < 2; round++)
            for (var i = 0; i < 600; i++)
                folders.MakeFor(temp[$"f{i}/index.html"]);

        Assert.Equal(600, Directory.GetDirectories(temp.Path).Length);
    }
}
