using CsCheck;
using StaticNews.Enrichment.Entities;

namespace StaticNews.Tests.Enrichment.Entities;

public class BundledTextTests
{
    [Theory]
    [InlineData("a\nb\r\nc\rd")]
    [InlineData("a\n\nb\n")]
    [InlineData("\r\n\r\r\n")]
    [InlineData("")]
    [InlineData("no newline")]
    public void Splits_lines_where_a_text_reader_splits_them(string text)
        => Assert.Equal(ReaderLines(text), Lines(text));

    [Fact]
    public void Splits_any_text_into_the_lines_a_text_reader_reads()
        => Gen.Char["ab\t\r\n#"].Array[0, 24].Select(c => new string(c))
            .Sample(text => ReaderLines(text).SequenceEqual(Lines(text)));

    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var position = 0;
        while (BundledText.TryReadLine(text, ref position, out var line)) lines.Add(line.ToString());
        return lines;
    }

    private static List<string> ReaderLines(string text)
    {
        var lines = new List<string>();
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }
}
