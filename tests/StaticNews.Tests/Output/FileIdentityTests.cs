using StaticNews.Output;

namespace StaticNews.Tests.Output;

public class FileIdentityTests
{
    [Fact]
    public void A_hard_link_names_the_same_inode_and_a_copy_does_not()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["file"], "bytes");
        HardLink.CreateOrCopy(temp["file"], temp["link"]);
        File.Copy(temp["file"], temp["copy"]);

        var file = FileIdentity.Of(temp["file"])!.Value;
        Assert.Equal(file.Inode, FileIdentity.Of(temp["link"])!.Value.Inode);
        Assert.Equal(2u, file.Links);
        Assert.NotEqual(file.Inode, FileIdentity.Of(temp["copy"])!.Value.Inode);
        Assert.Null(FileIdentity.Of(temp["missing"]));
    }

    [Fact]
    public void Folders_are_on_one_file_system_only_when_they_are()
    {
        Assert.True(Directory.Exists("/dev/shm") && Directory.Exists("/proc"), "these tests run on Linux, where /dev/shm and /proc are file systems of their own");
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["a"]);

        Assert.True(FileIdentity.OnOneFileSystem(temp["a"], temp["b/not/made/yet"]));
        Assert.False(FileIdentity.OnOneFileSystem(temp["a"], "/proc/self"));
        Assert.False(FileIdentity.OnOneFileSystem("/dev/shm", "/proc/self"));
    }
}
