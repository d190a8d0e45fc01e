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
    public void Text_below_the_combining_marks_is_already_composed_as_the_decoder_assumes()
    {
        // The decoder leaves text of characters below U+0300 as it is, without asking ICU: no such
        // character, alone or beside another, changes under NFC.
        var pair = new char[2];
        for (var a = 0; a < 0x300; a++)
        {
            pair[0] = (char)a;
            for (var b = 0; b < 0x300; b++)
            {
                pair[1] = (char)b;
                var text = new string(pair);
                if (!text.IsNormalized(NormalizationForm.FormC)) Assert.Fail($"U+{a:X4} U+{b:X4} is not in NFC");
            }
        }
    }

    [Fact]
    public void Decomposed_letters_are_composed_beside_text_that_needs_nothing()
        => Assert.Equal("Århus og Ærø", SeedDecoder.Decode(Encoding.UTF8.GetBytes("A\u030Arhus og Ærø")).Text);

    [Fact]
    public void Lone_CR_and_CRLF_become_LF()
        => Assert.Equal("a\nb\nc", SeedDecoder.Decode(Encoding.UTF8.GetBytes("a\r\nb\rc")).Text);
}
