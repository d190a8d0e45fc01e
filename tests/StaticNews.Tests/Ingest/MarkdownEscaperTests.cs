using AngleSharp.Html.Parser;
using StaticNews.Ingest;
using StaticNews.Rendering;

namespace StaticNews.Tests.Ingest;

public class MarkdownEscaperTests
{
    public static TheoryData<string> PlainTexts =>
    [
        "- Det gælder selv for tidligere militærpersoner, lyder det.",
        "1. maj blev fejret i Fælledparken.",
        "2) punkt to",
        "# Ikke en overskrift",
        "> Ikke et citat",
        "+ Heller ikke en liste",
        "* stjerne",
        "Tekst med *stjerner*, _understreg_ og __fed__",
        "Et [link](https://example.com) og et billede ![x](y.png)",
        "<script>alert(1)</script> og <b>fed</b>",
        "Skabeloner: {{ site.title }} og {% raw %} og {%- if x -%}",
        "Entiteter: &amp; &#64; &copy; og A & B",
        "Kode `backticks` og ~~streg~~ og | pipe | tabel |",
        "---",
        "===",
        "Backslash \\ og \\* i teksten",
        "www.example.com og https://example.com/sti?x=1",
    ];

    [Theory]
    [MemberData(nameof(PlainTexts))]
    public void Escaped_text_renders_as_exactly_the_same_text(string text)
    {
        var html = new MarkdownRenderer().ToHtml(MarkdownEscaper.Escape(text));
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var body = document.Body!;

        Assert.Equal(text, body.TextContent.Trim());
        Assert.Single(body.Children);
        Assert.Equal("P", body.Children[0].TagName);
        Assert.Empty(body.QuerySelectorAll("a, em, strong, code, del, script, b, h1, ul, ol, blockquote, hr, table"));
    }
}
