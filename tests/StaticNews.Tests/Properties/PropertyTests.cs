using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CsCheck;
using StaticNews.Ingest;
using StaticNews.Rendering;
using StaticNews.Text;

namespace StaticNews.Tests.Properties;

/// <summary>
/// Issue #6 properties, checked on thousands of random inputs (CsCheck shrinks any failure to a
/// minimal example): slugs are always valid and safe, escaped text always renders as itself,
/// and encoded HTML always reads back as the text that went in.
/// </summary>
public partial class PropertyTests
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();

    // Any UTF-16 code unit, lone surrogates included: text from broken files is exactly that.
    private static readonly Gen<string> AnyText = Gen.Char.Array[0, 120].Select(chars => new string(chars));

    // Text rich in what Markdown, HTML and Liquid treat specially, as wire copy could hold it.
    private static readonly Gen<string> TrickyLine = Gen.OneOf(
            Gen.Char["abcæøåABCÆØÅ 0123456789"],
            Gen.Char["*_[]()<>{}#+-=!|~`\\&;:'\"%./?"],
            Gen.Char['\u00C0', '\u024F'],
            Gen.Char['\u0400', '\u04FF'])
        .Array[1, 80].Select(chars => new string(chars));

    [Fact]
    public void Any_text_gives_a_valid_safe_short_slug()
        => AnyText.Sample(text =>
        {
            var slug = Slugifier.Slugify(text);
            Assert.Matches(SlugShape(), slug);
            Assert.True(slug.Length <= Slugifier.MaxLength);
            Assert.DoesNotContain(slug, new[] { "con", "prn", "aux", "nul" });
            Assert.Equal(slug, Slugifier.Slugify(slug));
        }, iter: 5000);

    [Fact]
    public void Escaped_text_renders_to_exactly_the_input_text()
    {
        var markdown = new MarkdownRenderer();
        var parser = new HtmlParser();
        TrickyLine.Where(t => t.Trim().Length > 0).Sample(text =>
        {
            var expected = Regex.Replace(text.Trim(), " +", " ");
            var html = markdown.ToHtml(MarkdownEscaper.Escape(expected));
            var body = parser.ParseDocument("<body>" + html + "</body>").Body!;
            Assert.Equal(expected, body.TextContent.Trim());
            Assert.Equal("P", Assert.Single(body.Children).TagName);
        }, iter: 3000);
    }

    [Fact]
    public void Encoded_text_reads_back_as_itself_in_text_and_in_attributes()
    {
        var parser = new HtmlParser();
        TrickyLine.Sample(text =>
        {
            var encoded = MinimalHtmlEncoder.Instance.Encode(text);
            var document = parser.ParseDocument($"<body><p title=\"{encoded}\">{encoded}</p><a href='#' data-x='{encoded}'>x</a></body>");
            Assert.Equal(text, document.QuerySelector("p")!.TextContent);
            Assert.Equal(text, document.QuerySelector("p")!.GetAttribute("title"));
            Assert.Equal(text, document.QuerySelector("a")!.GetAttribute("data-x"));
            Assert.Equal(2, document.Body!.Children.Length);
        }, iter: 3000);
    }
}
