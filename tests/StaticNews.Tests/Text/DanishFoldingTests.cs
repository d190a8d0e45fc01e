using StaticNews.Text;

namespace StaticNews.Tests.Text;

public class DanishFoldingTests
{
    [Theory]
    [InlineData("Aarhus", "Aarhus")]
    [InlineData("Århus", "Aarhus")]
    [InlineData("ÆRØ", "AeROe")]
    [InlineData("Søndergård", "Soendergaard")]
    [InlineData("æ ø å Æ Ø Å", "ae oe aa Ae Oe Aa")]
    [InlineData("Zürich og Malmö", "Zurich og Malmo")]
    [InlineData("Sønderjylland – Schleswig", "Soenderjylland – Schleswig")]
    [InlineData("A\u030Arhus", "Aarhus")] // å written as a and a combining ring
    [InlineData("Straße, Łódź, þórshöfn", "Strasse, Lodz, thorshofn")]
    [InlineData("", "")]
    public void Danish_letters_become_their_two_letter_spellings_and_other_accents_are_dropped(string text, string expected)
        => Assert.Equal(expected, DanishFolding.ToAscii(text));
}
