using CsCheck;
using StaticNews.Ingest;
using StaticNews.Rendering;
using StaticNews.Search.Analysis;
using StaticNews.Text;

namespace StaticNews.Tests.Text;

/// <summary>
/// A body of plain paragraphs is written without Markdig, and must come out exactly as Markdig
/// makes it, on the article page and in the search entry alike; anything more than plain
/// paragraphs is left to Markdig.
/// </summary>
public class PlainParagraphsTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void A_body_as_ingest_writes_it_is_read_without_a_parse_and_as_Markdig_reads_it()
    {
        var quote = MarkdownEscaper.Escape("- Vi skal se på det, siger \"Søren\" Knudsen.");
        var body = "Lægerne i Aalborg ønsker nye boliger.\nEn linje mere!\n\n" + quote + "\n\nDet siger hun #1, til Ritzau.";

        var html = PlainParagraphs.ToHtml(body);
        var text = PlainParagraphs.ToText(body);

        Assert.Equal("<p>Lægerne i Aalborg ønsker nye boliger.\nEn linje mere!</p>\n<p>- Vi skal se på det, siger &quot;Søren&quot; Knudsen.</p>\n<p>Det siger hun #1, til Ritzau.</p>\n", html);
        Assert.Equal("Lægerne i Aalborg ønsker nye boliger. En linje mere!\n- Vi skal se på det, siger \"Søren\" Knudsen.\nDet siger hun #1, til Ritzau.", text);
        Assert.Equal(Renderer.Parsed(body), Renderer.ToHtml(body));
        Assert.Equal(MarkdownText.Parsed(body), MarkdownText.ToPlainText(body));
    }

    [Fact]
    public void A_plain_body_over_the_size_budget_is_refused_as_before()
    {
        var body = new string('a', MarkdownBudget.MaxChars + 1);
        Assert.Throws<MarkdownBudgetException>(() => Renderer.ToHtml(body));
        Assert.Throws<MarkdownBudgetException>(() => MarkdownText.ToPlainText(body));
    }

    [Theory]
    [InlineData("Byrådet *vedtog* budgettet.")]
    [InlineData("Se [referatet](https://example.org).")]
    [InlineData("# Overskrift")]
    [InlineData("    kode")]
    [InlineData(" Indrykket tekst")]
    [InlineData("En linje  \nbrudt")]
    [InlineData("En linje\\\nbrudt")]
    [InlineData("1. punkt")]
    [InlineData("- punkt")]
    [InlineData("> citat")]
    [InlineData("a | b\n--|--\n1 | 2")]
    [InlineData("Tom &amp; Jerry")]
    [InlineData("Tekst med `kode`")]
    [InlineData("Et \\a er ingen escape")]
    [InlineData("Overskrift\n===")]
    [InlineData("Linje\n   \nmed blanktegn")]
    [InlineData("Styretegn \u0001 her")]
    public void Anything_more_than_plain_paragraphs_is_left_to_Markdig(string body)
    {
        Assert.Null(PlainParagraphs.ToHtml(body));
        Assert.Null(PlainParagraphs.ToText(body));
    }

    // Lines mostly of letters, spaces and punctuation, sometimes with what Markdown reads as more
    // than text (at the start, inside, at the end), so that many bodies qualify and many do not.
    private static readonly Gen<char> Inside = Gen.Frequency(
        (40, Gen.Char["abcæøåABCÆØÅ   0123456789"]),
        (10, Gen.Char[".,;:!?'\"#()/%+-=@$^{}«»–"]),
        (3, Gen.Const('\\')),
        (1, Gen.Char["*_[]<>&|~`\t\u00a0\u0001\u0085\uFDD0\uD800\uDC00\uFFFE"]));

    private static readonly Gen<string> Line = Gen.Frequency(
        (1, Gen.Const("")),
        (6, Gen.Select(Gen.Frequency((10, Gen.Char["abcæøåABC"]), (2, Gen.Const('\\')), (1, Inside)), Inside.Array[0, 40], Gen.Frequency((10, Gen.Char["abc.!?\"»"]), (1, Inside)),
            (first, middle, last) => first + new string(middle) + last)));

    private static readonly Gen<string> Body = Line.Array[1, 8].Select(lines => string.Join('\n', lines));

    [Fact]
    public void A_body_read_without_a_parse_is_written_exactly_as_Markdig_writes_it()
    {
        var accepted = 0;
        Body.Sample(body =>
        {
            var html = PlainParagraphs.ToHtml(body);
            var text = PlainParagraphs.ToText(body);
            Assert.Equal(html == null, text == null);
            if (html == null) return;
            Interlocked.Increment(ref accepted);
            Assert.Null(MarkdownBudget.Exceeded(body));
            Assert.Equal(Renderer.Parsed(body), html);
            Assert.Equal(MarkdownText.Parsed(body), text);
        }, iter: 20000);
        // The comparison means something only if many bodies took the plain path.
        Assert.True(accepted > 1000, $"only {accepted} bodies were plain paragraphs");
    }
}
