using CsCheck;
using StaticNews.Text;

namespace StaticNews.Tests.Text;

public class ControlCharactersTests
{
    [Fact]
    public void Clean_text_is_returned_as_it_is()
    {
        var text = "Århus, 東京 og 😀: \"citat\" – tab\tog linjeskift\r\n";
        var cleaned = ControlCharacters.Clean(text);
        Assert.Same(text, cleaned.Text);
        Assert.False(cleaned.Changed);
        Assert.True(ControlCharacters.IsClean(text));
    }

    [Fact]
    public void Escape_bell_and_other_C0_characters_are_removed_and_each_line_named()
    {
        var cleaned = ControlCharacters.Clean("første linje\n\u001b[1mfed\u001b[0m tekst\u0007\nren\n\0slut");
        Assert.Equal("første linje\n[1mfed[0m tekst\nren\nslut", cleaned.Text);
        Assert.Equal([2, 4], cleaned.Lines.Select(l => l.Line));
        Assert.Contains("U+001B (2×)", cleaned.Lines[0].Message);
        Assert.Contains("U+0007", cleaned.Lines[0].Message);
        Assert.Contains("U+0000", cleaned.Lines[1].Message);
    }

    [Fact]
    public void Vertical_tab_and_form_feed_become_spaces()
        => Assert.Equal("to ord og en side", ControlCharacters.Clean("to\vord og\fen side").Text);

    [Fact]
    public void C1_characters_are_read_as_the_Windows_1252_characters_they_were()
    {
        var cleaned = ControlCharacters.Clean("fra \u0096 til \u0093citat\u0094\u0085 \u0080 5 og \u0081");
        Assert.Equal("fra – til “citat”… € 5 og ", cleaned.Text);
        Assert.Contains("U+0096 read as Windows-1252 “–”", cleaned.Lines[0].Message);
    }

    [Fact]
    public void Noncharacters_and_lone_surrogates_are_removed_but_pairs_kept()
    {
        var text = "a\uFFFEb\uFFFFc\uD800d\uDC00e\uFDD0f" + char.ConvertFromUtf32(0x1FFFE) + "g😀";
        Assert.Equal("abcdefg😀", ControlCharacters.Clean(text).Text);
    }

    [Fact]
    public void DEL_is_removed()
        => Assert.Equal("ab", ControlCharacters.Clean("a\u007Fb").Text);

    [Fact]
    public void Past_the_first_lines_named_the_rest_are_counted()
    {
        var text = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"linje {i}\u001b"));
        var cleaned = ControlCharacters.Clean(text);
        Assert.Equal(ControlCharacters.LinesNamed, cleaned.Lines.Count);
        Assert.Equal(12 - ControlCharacters.LinesNamed, cleaned.OtherLines);
        var warnings = ControlCharacters.Warnings(cleaned).ToList();
        Assert.Equal(ControlCharacters.LinesNamed + 1, warnings.Count);
        Assert.Contains("7 more lines", warnings[^1].Message);
    }

    [Fact]
    public void Cleaned_text_of_any_characters_can_be_written_as_XML()
        => Gen.Char.Array[0, 200].Select(c => new string(c)).Sample(text =>
        {
            var cleaned = ControlCharacters.Clean(text).Text;
            using var writer = System.Xml.XmlWriter.Create(new StringWriter());
            writer.WriteElementString("t", cleaned);
            Assert.True(ControlCharacters.IsClean(cleaned));
        });
}
