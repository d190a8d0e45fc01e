using StaticNews.Text;

namespace StaticNews.Tests.Text;

public class ContentHashTests
{
    [Fact]
    public void A_file_hashed_as_a_stream_has_the_hash_of_its_bytes()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "manifest");
        var bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(5).NextBytes(bytes);
        File.WriteAllBytes(file, bytes);

        Assert.Equal(ContentHash.Of(bytes), ContentHash.OfFile(file));
        Assert.NotEqual(ContentHash.Of(bytes.AsSpan(1)), ContentHash.OfFile(file));
    }
}
