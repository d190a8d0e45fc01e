using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Ingest;
using StaticNews.Text;

namespace StaticNews.Tests.Ingest;

public class SeedParserTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private readonly SeedParser _parser = new(SiteConfig.DefaultBoilerplate, new DanishDateParser(Copenhagen));

    private ParsedSeed ParseFixture(string name)
        => _parser.Parse(SeedDecoder.Decode(File.ReadAllBytes(RepoPaths.Fixture("seeds", name))).Text);

    [Fact]
    public void A_Ritzau_text_has_no_title_line_and_starts_with_its_lead()
    {
        var seed = ParseFixture("ritzau-amnesti.txt");
        Assert.Null(seed.Title);
        Assert.Null(seed.Date);
        Assert.StartsWith("Aserbajdsjan åbner for amnesti til armenske soldater", seed.Lead);
    }

    [Fact]
    public void The_Ritzau_byline_becomes_the_source_and_leaves_the_text()
    {
        var seed = ParseFixture("ritzau-amnesti.txt");
        Assert.Equal("Ritzau", seed.Source);
        Assert.DoesNotContain(seed.Blocks, b => b.Text.Contains("ritzau", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Ad_placeholder_lines_are_removed_and_reported()
    {
        var seed = ParseFixture("ritzau-amnesti.txt");
        Assert.DoesNotContain(seed.Blocks, b => b.Text.Contains("Artiklen fortsætter"));
        Assert.Equal(2, seed.Removed.Count(r => r.Contains("Artiklen fortsætter under annoncen")));
    }

    [Fact]
    public void Dash_quotes_stay_paragraphs_that_start_with_the_dash()
    {
        var seed = ParseFixture("ritzau-amnesti.txt");
        var quotes = seed.Blocks.Where(b => b.Text.StartsWith("- ")).ToList();
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(TextBlockKind.Paragraph, q.Kind));
    }

    [Theory]
    [InlineData("tv2-borgmestre.txt", "Seks nye borgmestre på vej i arbejdstøjet", 8, 50)]
    [InlineData("tv2-billund.txt", "Billund havde 247.000 færre passagerer i 2009", 9, 10)]
    public void A_TV2_text_gives_its_title_and_date_from_its_first_two_lines(string fixture, string title, int hour, int minute)
    {
        var seed = ParseFixture(fixture);
        Assert.Equal(title, seed.Title);
        Assert.Equal(new DateTimeOffset(2010, 1, 4, hour, minute, 0, TimeSpan.FromHours(1)), seed.Date);
    }

    [Fact]
    public void TV2_sub_headings_become_headings_and_the_link_stub_is_dropped()
    {
        var seed = ParseFixture("tv2-billund.txt");
        var headings = seed.Blocks.Where(b => b.Kind == TextBlockKind.Heading).Select(b => b.Text).ToList();
        Assert.Equal(["Har mistet hver 10. passager", "Nyt selskab med \"betydeligt udbud\""], headings);
        Assert.DoesNotContain(seed.Blocks, b => b.Text.StartsWith("Se Billund Airports"));
        Assert.Contains(seed.Removed, r => r.Contains("Se Billund Airports hjemmeside"));
    }

    [Fact]
    public void A_hard_wrapped_sentence_is_joined_and_lone_space_lines_vanish()
    {
        var seed = ParseFixture("tv2-borgmestre.txt");
        Assert.Contains(seed.Blocks, b => b.Text.EndsWith("i borgmester-rollen, mens de fire andre nye borgmestre tidligere har båret kæden i deres gamle kommuner før kommunalreformen."));
        Assert.All(seed.Blocks, b => Assert.False(string.IsNullOrWhiteSpace(b.Text)));
        Assert.All(seed.Blocks, b => Assert.DoesNotContain('\u00A0', b.Text));
    }

    [Theory]
    [InlineData("tv2-borgmestre-cp1252.txt")]
    [InlineData("tv2-borgmestre-utf8-bom.txt")]
    [InlineData("tv2-borgmestre-utf16le-bom.txt")]
    [InlineData("tv2-borgmestre-nfd.txt")]
    public void Every_encoding_and_newline_variant_reads_the_same_as_the_UTF8_original(string variant)
    {
        var original = ParseFixture("tv2-borgmestre.txt");
        var other = ParseFixture(variant);
        Assert.Equal(original.Title, other.Title);
        Assert.Equal(original.Date, other.Date);
        Assert.Equal(original.Blocks.Select(b => b.Text), other.Blocks.Select(b => b.Text));
    }
}
