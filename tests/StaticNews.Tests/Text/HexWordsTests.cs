using CsCheck;
using StaticNews.Text;

namespace StaticNews.Tests.Text;

public class HexWordsTests
{
    [Fact]
    public void Words_are_written_as_lower_case_hex_most_significant_byte_first()
    {
        Span<char> hex = stackalloc char[32];

        HexWords.Write([0x0123456789abcdef, 0xfedcba9876543210], hex);

        Assert.Equal("0123456789abcdeffedcba9876543210", hex.ToString());
    }

    [Fact]
    public void Any_words_read_back_as_written()
    {
        Gen.ULong.Array[1, 4].Sample(words =>
        {
            Span<char> hex = stackalloc char[words.Length * 16];
            HexWords.Write(words, hex);
            var read = new ulong[words.Length];

            Assert.True(HexWords.TryRead(hex, read));
            Assert.Equal(words, read);
        });
    }

    [Theory]
    [InlineData("0123456789ABCDEF")] // upper case is not the form written
    [InlineData("0123456789abcde")] // one short
    [InlineData("0123456789abcdef0")] // one over
    [InlineData("0123456789abcdeg")]
    [InlineData("")]
    public void Anything_but_exactly_the_words_length_in_lower_case_hex_is_refused(string text)
    {
        Assert.False(HexWords.TryRead(text, new ulong[1]));
    }
}
