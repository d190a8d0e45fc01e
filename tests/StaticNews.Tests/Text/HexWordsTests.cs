using System.Text;
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

    [Fact]
    public void Words_are_written_as_the_framework_writes_their_bytes_in_hex_as_characters_or_utf8()
    {
        Gen.ULong.Array[1, 4].Sample(words =>
        {
            var bytes = new byte[words.Length * 8];
            for (var i = 0; i < words.Length; i++) System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(i * 8), words[i]);
            var chars = new char[words.Length * 16 + 1];
            var utf8 = new byte[words.Length * 16 + 1];

            HexWords.Write(words, chars);
            HexWords.Write(words, utf8);

            Assert.Equal(Convert.ToHexStringLower(bytes) + "\0", new string(chars));
            Assert.Equal(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(bytes) + "\0"), utf8);
        });
    }

    [Fact]
    public void Any_words_read_back_as_written_from_utf8()
    {
        Gen.ULong.Array[1, 4].Sample(words =>
        {
            var hex = new byte[words.Length * 16];
            HexWords.Write(words, hex);
            var read = new ulong[words.Length];

            Assert.True(HexWords.TryRead(hex, read));
            Assert.Equal(words, read);
        });
    }

    [Fact]
    public void Any_text_reads_as_the_framework_reads_it_when_it_is_lower_case_hex_and_is_refused_otherwise()
    {
        // Random characters, and lower-case hex with one character changed to another: near misses mostly.
        var lowerHex = Gen.Char["0123456789abcdef"].Array[16].Select(chars => new string(chars));
        var nearMiss = Gen.Select(lowerHex, Gen.Int[0, 15], Gen.Char["0123456789abcdefABCDEF/:@`gG \u00e6\uff10"], (text, at, c) => text[..at] + c + text[(at + 1)..]);
        Gen.Frequency((1, Gen.Char.Array[16].Select(chars => new string(chars))), (3, nearMiss))
            .Sample(text =>
            {
                var lower = text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
                var words = new ulong[1];
                Assert.Equal(lower, HexWords.TryRead(text, words));
                Assert.Equal(lower, HexWords.TryRead(Encoding.UTF8.GetBytes(text), words));
                if (lower) Assert.Equal(Convert.FromHexString(text), BigEndian(words[0]));
            });
        foreach (var text in new[] { "0123456789abcdef", "ffffffffffffffff", "0000000000000000", "a0b1c2d3e4f5a6b7" })
        {
            var words = new ulong[1];
            Assert.True(HexWords.TryRead(text, words));
            Assert.Equal(Convert.FromHexString(text), BigEndian(words[0]));
        }
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
        Assert.False(HexWords.TryRead(Encoding.UTF8.GetBytes(text), new ulong[1]));
    }

    private static byte[] BigEndian(ulong word)
    {
        var bytes = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes, word);
        return bytes;
    }
}
