using System.Text;
using System.Text.Encodings.Web;

namespace StaticNews.Rendering;

/// <summary>
/// Escapes exactly the characters that matter in HTML text and quoted attributes (&amp; &lt; &gt; " ')
/// and leaves every letter as itself, so Danish text stays readable "å", not "&amp;#xE5;".
/// The default HtmlEncoder escapes all non-ASCII and '+', which is safe but bloats every page.
/// </summary>
internal sealed class MinimalHtmlEncoder : TextEncoder
{
    public static readonly MinimalHtmlEncoder Instance = new();

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar)
        => unicodeScalar is '&' or '<' or '>' or '"' or '\'' || (unicodeScalar < 0x20 && unicodeScalar is not ('\n' or '\r' or '\t'));

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
            if (WillEncode(text[i])) return i;
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var replacement = unicodeScalar switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            _ when WillEncode(unicodeScalar) => "",
            _ => new Rune(unicodeScalar).ToString(),
        };
        if (replacement.Length > bufferLength)
        {
            numberOfCharactersWritten = 0;
            return false;
        }
        for (var i = 0; i < replacement.Length; i++) buffer[i] = replacement[i];
        numberOfCharactersWritten = replacement.Length;
        return true;
    }
}
