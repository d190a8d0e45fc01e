using CsCheck;
using StaticNews.Content;

namespace StaticNews.Tests.Content;

/// <summary>
/// Front matter written the way ingest writes it is read without a YAML parser, and must read
/// exactly as the YAML deserialiser reads it; anything else is left to the deserialiser.
/// </summary>
public class PlainFrontMatterTests
{
    private static string Fields(FrontMatterDocument? d)
        => d == null ? "(none)" : string.Join("\u0001", d.Title, d.Date, d.DateSource, d.Slug, d.Summary, d.Source, d.Language,
            List(d.Locations), List(d.People), List(d.Organisations), List(d.Tags), d.Seed, d.Draft, d.SeedHash, d.GeneratedHash);

    private static string List(List<string>? items) => items == null ? "(no list)" : "[" + string.Join("\u0002", items) + "]";

    private static string YamlOf(string file) => file[4..(file.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 1)];

    [Fact]
    public void Front_matter_as_ingest_writes_it_is_read_without_a_parser_and_as_YAML_reads_it()
    {
        var file = ArticleFileFormat.WriteGenerated(new ArticleFile(new FrontMatter
        {
            Title = "Beboerne i Aalborg lover en undersøgelse af vandkvaliteten",
            Date = new DateTimeOffset(2016, 2, 4, 21, 7, 0, TimeSpan.FromHours(1)),
            DateSource = DateSource.Text,
            Slug = "beboerne-i-aalborg",
            Summary = "Lægerne i Aalborg ønsker byggeriet af nye boliger, i modsætning til fødevarerne.",
            Source = "Ritzau",
            Locations = ["Aalborg", "Husum-Ballum"],
            People = ["Søren Knudsen", "Kirsten Dahl"],
            Tags = [],
            Seed = "seeds/009752.txt",
            SeedHash = "a0054e6bf027720b",
        }, "Brødtekst.\n"));
        var yaml = YamlOf(file);

        var plain = PlainFrontMatter.TryRead(yaml);

        Assert.NotNull(plain);
        Assert.Equal("Beboerne i Aalborg lover en undersøgelse af vandkvaliteten", plain.Title);
        Assert.Equal(["Søren Knudsen", "Kirsten Dahl"], plain.People!);
        Assert.Empty(plain.Tags!);
        Assert.NotNull(plain.GeneratedHash);
        Assert.Equal(Fields(ArticleFileFormat.Parsed("", yaml, 2)), Fields(plain));
    }

    [Theory]
    [InlineData("title: \"Citeret\"\n")]
    [InlineData("title: En titel\n  der fortsætter\n")]
    [InlineData("title: X\nukendt: Y\n")]
    [InlineData("title: X\ntitle: Y\n")]
    [InlineData("title: null\n")]
    [InlineData("title: ~\n")]
    [InlineData("title: &a X\n")]
    [InlineData("tags: [a,b]\n")]
    [InlineData("tags:\n  - a\n")]
    [InlineData("draft: yes\n")]
    [InlineData("title: X # kommentar\n")]
    [InlineData("title: X\n\ndate: 2023-01-01\n")]
    [InlineData("title: Et spørgsmål: hvorfor\n")]
    [InlineData("summary: - en lead\n")]
    public void Anything_else_is_left_to_the_YAML_parser(string yaml)
        => Assert.Null(PlainFrontMatter.TryRead(yaml));

    private static readonly Gen<string> Value = Gen.Frequency(
            (30, Gen.Char["abcæøåABCÆØ 0123456789"]),
            (8, Gen.Char["-.,:;!?'\"#()/%+=@$^&*~|<>`"]),
            (2, Gen.Char["[]{}\t\u00a0"]))
        .Array[0, 24].Select(chars => new string(chars));

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (8, Gen.Select(Gen.Char["abcæøåABC0123456789"], Value, (first, rest) => first + rest)),
        (1, Value),
        (1, Gen.OneOf(Gen.Const("null"), Gen.Const("~"), Gen.Const("true"), Gen.Const("yes"), Gen.Const("2023"))));

    private static readonly Gen<string> Entry = Gen.Frequency(
        (6, Gen.Select(Gen.OneOf(Gen.Const("title"), Gen.Const("date"), Gen.Const("slug"), Gen.Const("summary"), Gen.Const("source"), Gen.Const("seed_hash")), Scalar,
            (key, value) => key + ": " + value)),
        (3, Gen.Select(Gen.OneOf(Gen.Const("tags"), Gen.Const("locations"), Gen.Const("people")), Scalar.Array[0, 4],
            (key, items) => key + ": [" + string.Join(", ", items) + "]")),
        (1, Gen.Select(Gen.OneOf(Gen.Const("draft"), Gen.Const("ukendt")), Scalar, (key, value) => key + ": " + value)),
        (1, Gen.Const("# en kommentar")));

    [Fact]
    public void Front_matter_read_without_a_parser_is_what_YAML_reads()
    {
        var accepted = 0;
        Entry.Array[1, 6].Select(lines => string.Join('\n', lines) + "\n").Sample(yaml =>
        {
            var plain = PlainFrontMatter.TryRead(yaml);
            if (plain == null) return;
            Interlocked.Increment(ref accepted);
            Assert.Equal(Fields(ArticleFileFormat.Parsed("", yaml, 2)), Fields(plain));
        }, iter: 20000);
        // The comparison means something only if many front matters took the plain path.
        Assert.True(accepted > 1000, $"only {accepted} front matters were plain");
    }
}
