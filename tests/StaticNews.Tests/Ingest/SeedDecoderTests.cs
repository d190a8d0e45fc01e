using System.Text;
using StaticNews.Ingest;

namespace StaticNews.Tests.Ingest;

public class SeedDecoderTests
{
    [Fact]
    public void Windows_1252_is_read_correctly_and_flagged_as_a_guess()
    {
        var decoded = SeedDecoder.Decode(File.ReadAllBytes(RepoPaths.Fixture("seeds", "tv2-borgmestre-cp1252.txt")));
        Assert.True(decoded.EncodingGuessed);
        Assert.Contains("Sønderjylland", decoded.Text);
        Assert.Contains("på vej i arbejdstøjet", decoded.Text);
        Assert.DoesNotContain('\r', decoded.Text);
    }

    [Fact]
    public void Valid_UTF8_is_not_a_guess()
        => Assert.False(SeedDecoder.Decode(File.ReadAllBytes(RepoPaths.Fixture("seeds", "ritzau-amnesti.txt"))).EncodingGuessed);

    [Fact]
    public void Decomposed_letters_are_composed()
    {
        var decoded = SeedDecoder.Decode(Encoding.UTF8.GetBytes("a\u030Arhus"));
        Assert.Equal("århus", decoded.Text);
    }

    [Fact]
    public void Lone_CR_and_CRLF_become_LF()
        => Assert.Equal("a\nb\nc", SeedDecoder.Decode(Encoding.UTF8.GetBytes("a\r\nb\rc")).Text);
}
