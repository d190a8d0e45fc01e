using StaticNews.Output;

namespace StaticNews.Tests.Output;

public class AtomicDirectorySwapTests
{
    [Fact]
    public void Two_folders_trade_places_in_one_step()
    {
        Assert.True(OperatingSystem.IsLinux(), "these tests run on Linux, where renameat2 exists");
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["a"]);
        Directory.CreateDirectory(temp["b"]);
        File.WriteAllText(Path.Combine(temp["a"], "which"), "a");
        File.WriteAllText(Path.Combine(temp["b"], "which"), "b");

        Assert.True(AtomicDirectorySwap.TryExchange(temp["a"], temp["b"]));

        Assert.Equal("b", File.ReadAllText(Path.Combine(temp["a"], "which")));
        Assert.Equal("a", File.ReadAllText(Path.Combine(temp["b"], "which")));
    }
}
