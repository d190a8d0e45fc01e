using System.Globalization;
using StaticNews.Content;

namespace StaticNews.Tests.Content;

public class ArticleFileFormatTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private static ArticleFile Sample() => new(new FrontMatter
    {
        Title = "Titel: med kolon, \"citat\" og # hash",
        Date = new DateTimeOffset(2023, 9, 22, 10, 0, 0, TimeSpan.FromHours(2)),
        Slug = "titel",
        Summary = "- En lead der starter med en bindestreg: og har kolon.",
        Source = "Ritzau",
        Locations = ["Aserbajdsjan", "Nagorno-Karabakh"],
        Tags = ["Ilham Aliyev", "2023", "yes"],
        Seed = "seeds/x.txt",
        SeedHash = "abc",
    }, "Brødtekst.\n");

    [Fact]
    public void What_is_written_reads_back_the_same()
    {
        var text = ArticleFileFormat.WriteGenerated(Sample());
        var read = ArticleFileFormat.Read("x.md", text, Copenhagen);
        var expected = Sample().FrontMatter;
        Assert.Equal(expected.Title, read.FrontMatter.Title);
        Assert.Equal(expected.Date, read.FrontMatter.Date);
        Assert.Equal(expected.Summary, read.FrontMatter.Summary);
        Assert.Equal(expected.Locations, read.FrontMatter.Locations);
        Assert.Equal(expected.Tags, read.FrontMatter.Tags);
        Assert.Equal("Brødtekst.", read.Body);
    }

    [Fact]
    public void Lists_are_written_in_flow_style_and_dates_with_their_offset()
    {
        var text = ArticleFileFormat.WriteGenerated(Sample());
        Assert.Contains("locations: [Aserbajdsjan, Nagorno-Karabakh]", text);
        Assert.Contains("date: 2023-09-22T10:00:00+02:00", text);
    }

    [Fact]
    public void A_generated_file_is_untouched_until_someone_edits_it()
    {
        var text = ArticleFileFormat.WriteGenerated(Sample());
        Assert.True(ArticleFileFormat.IsUntouched(text));
        Assert.False(ArticleFileFormat.IsUntouched(text.Replace("Brødtekst.", "Rettet brødtekst.")));
        Assert.False(ArticleFileFormat.IsUntouched(text.Replace("Ritzau", "AP")));
    }

    [Fact]
    public void A_generated_file_is_told_untouched_from_its_bytes_as_from_its_text()
    {
        var text = ArticleFileFormat.WriteGenerated(Sample());
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        Assert.True(ArticleFileFormat.IsPlainUtf8(bytes));
        Assert.True(ArticleFileFormat.IsUntouched(bytes));
        Assert.Equal("seeds/x.txt", ArticleFileFormat.GeneratedValue(bytes, "seed"));
        Assert.Equal(ArticleFileFormat.GeneratedValue(text, "seed_hash"), ArticleFileFormat.GeneratedValue(bytes, "seed_hash"));
        Assert.False(ArticleFileFormat.IsUntouched(System.Text.Encoding.UTF8.GetBytes(text.Replace("Brødtekst.", "Rettet brødtekst."))));
    }

    [Fact]
    public void Bytes_that_are_not_the_text_as_plain_UTF8_are_decoded_first()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(ArticleFileFormat.WriteGenerated(Sample()));
        byte[] marked = [0xEF, 0xBB, 0xBF, .. bytes];
        byte[] broken = [.. bytes, 0xC3];
        Assert.False(ArticleFileFormat.IsPlainUtf8(marked));
        Assert.False(ArticleFileFormat.IsPlainUtf8(broken));
        Assert.True(ArticleFileFormat.IsUntouched(ArticleFileFormat.Decode(marked)));
    }

    [Theory]
    [InlineData("---\nseed: seeds/a b.txt\n---\n", null)] // not a plain value: read as YAML instead
    [InlineData("---\ntitle: X\n---\nseed: seeds/a.txt\n", null)] // below the front matter
    [InlineData("---\nseed: seeds/æ.txt\n---\n", null)]
    [InlineData("---\nseed: seeds/a.txt\r\n---\n", null)]
    [InlineData("---\nseed: seeds/a-1_b.txt\n---\n", "seeds/a-1_b.txt")]
    public void A_generated_value_is_a_plain_line_of_the_front_matter(string text, string? expected)
    {
        Assert.Equal(expected, ArticleFileFormat.GeneratedValue(text, "seed"));
        Assert.Equal(expected, ArticleFileFormat.GeneratedValue(System.Text.Encoding.UTF8.GetBytes(text), "seed"));
    }

    [Fact]
    public void A_file_with_no_hash_is_an_editors_own_and_never_counts_as_untouched()
        => Assert.False(ArticleFileFormat.IsUntouched("---\ntitle: X\ndate: 2023-01-01\n---\n\nTekst\n"));

    [Fact]
    public void A_date_without_offset_is_read_in_the_site_time_zone()
    {
        var read = ArticleFileFormat.Read("x.md", "---\ntitle: X\ndate: 2023-07-01 12:00\n---\nTekst", Copenhagen);
        Assert.Equal(new DateTimeOffset(2023, 7, 1, 12, 0, 0, TimeSpan.FromHours(2)), read.FrontMatter.Date);
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\ndate: 2023-01-01\n---\n", "not valid YAML")]
    [InlineData("---\ndate: 2023-01-01\n---\n", "no title")]
    [InlineData("---\ntitle: X\ndate: 2023-02-30\n---\n", "not a valid date")]
    [InlineData("title: X\n", "no front matter")]
    [InlineData("---\ntitle: X\n", "not closed")]
    public void Broken_files_are_rejected_with_file_line_and_reason(string text, string reason)
    {
        var error = Assert.Throws<ContentException>(() => ArticleFileFormat.Read("input/articles/bad.md", text, Copenhagen));
        Assert.Contains(reason, error.Message);
        Assert.StartsWith("input/articles/bad.md:", error.Message);
        Assert.True(error.Line >= 1);
    }

    [Theory]
    [InlineData("---\ntitle: &t X\ndate: 2023-01-01\n---\n", 2, "YAML anchor (&name)")]
    [InlineData("---\ntitle: X\ndate: 2023-01-01\nlocations: [Aarhus, &a Vejle]\ntags: [*a]\n---\n", 4, "YAML anchor (&name)")]
    [InlineData("---\ntitle: X\ndate: 2023-01-01\ntags:\n  - Vejle\n  - *a\n---\n", 6, "YAML alias (*name)")]
    [InlineData("---\ntitle: X\ndate: 2023-01-01\nunknown_key: {a: *a}\n---\n", 4, "YAML alias (*name)")]
    public void Anchors_and_aliases_are_refused_on_their_line_wherever_they_stand(string text, int line, string reason)
    {
        var error = Assert.Throws<ContentException>(() => ArticleFileFormat.Read("input/articles/bad.md", text, Copenhagen));
        Assert.Contains("front matter uses a " + reason, error.Message);
        Assert.Equal(line, error.Line);
        Assert.Null(ArticleFileFormat.TryReadFrontMatter(text));
    }

    public static TheoryData<string, byte[]> FilesOfEveryShape => new()
    {
        { "plain", "---\ntitle: T\ndate: 2023-09-22 10:00\n---\n\nBrødtekst, æøå.\n\nAnden linje.\n"u8.ToArray() },
        { "byte order mark", [0xEF, 0xBB, 0xBF, .. "---\ntitle: T\ndate: 2023-09-22 10:00\n---\nTekst.\n"u8] },
        { "two byte order marks", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. "---\ntitle: T\ndate: 2023-09-22 10:00\n---\nTekst.\n"u8] },
        { "windows line ends", "---\r\ntitle: T\r\ndate: 2023-09-22 10:00\r\n---\r\n\r\nTekst.\r\nMere.\r\n\r\n"u8.ToArray() },
        { "blank lines around the body", "---\ntitle: T\ndate: 2023-09-22 10:00\n---\n\n\n\nTekst.\n\n\n\n"u8.ToArray() },
        { "no body", "---\ntitle: T\ndate: 2023-09-22 10:00\n---\n"u8.ToArray() },
        { "closing fence at the end", "---\ntitle: T\ndate: 2023-09-22 10:00\n---"u8.ToArray() },
        { "a fence inside the body", "---\ntitle: T\ndate: 2023-09-22 10:00\n---\nFør\n---\nEfter\n"u8.ToArray() },
        { "bytes that are not UTF-8", [.. "---\ntitle: T\ndate: 2023-09-22 10:00\n---\nK"u8, 0xF8, 0xC3, .. "\nslut "u8, 0xE2, 0x82] },
        { "UTF-16 with its byte order mark", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("---\ntitle: T\ndate: 2023-09-22 10:00\n---\nTekst, æøå.\n")] },
    };

    [Theory]
    [MemberData(nameof(FilesOfEveryShape))]
    public void The_body_read_again_at_render_time_is_the_body_the_file_was_loaded_with(string shape, byte[] file)
    {
        using var folder = new TempFolder();
        var path = folder[shape.Replace(' ', '-') + ".md"];
        File.WriteAllBytes(path, file);
        var loaded = ArticleFileFormat.Read(path, File.ReadAllText(path), Copenhagen);
        Assert.Equal(loaded.Body, ArticleFileFormat.ReadBody(path));
    }

    [Fact]
    public void A_date_ends_in_an_offset_exactly_where_the_pattern_for_one_matches()
    {
        // The check by hand stands for the expression [+-]\d\d:?\d\d$ on a trimmed date,
        // Unicode digits included.
        var pattern = new System.Text.RegularExpressions.Regex(@"[+-]\d\d:?\d\d$");
        const string Alphabet = "0123456789+-:ZT .\u0663\u0967a";
        var random = new Random(3);
        for (var round = 0; round < 100_000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 10)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray()).Trim();
            Assert.True(pattern.IsMatch(text) == ArticleFileFormat.EndsWithOffset(text), $"'{text}'");
        }
        Assert.True(ArticleFileFormat.EndsWithOffset("2023-09-22T10:41:00+02:00"));
        Assert.True(ArticleFileFormat.EndsWithOffset("2023-09-22T10:41:00-0230"));
        Assert.False(ArticleFileFormat.EndsWithOffset("2023-09-22T10:41:00"));
    }
    [Fact]
    public void A_date_as_the_format_writes_it_reads_as_the_framework_parser_reads_it()
    {
        var random = new Random(3);
        for (var i = 0; i < 100_000; i++)
        {
            var offset = TimeSpan.FromMinutes(random.Next(-14 * 60, 14 * 60 + 1));
            var ticks = random.NextInt64(DateTime.MinValue.Ticks + TimeSpan.TicksPerDay, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay);
            var written = ArticleFileFormat.FormatDate(new DateTimeOffset(ticks - ticks % TimeSpan.TicksPerSecond, offset));

            Assert.True(ArticleFileFormat.TryReadWrittenDate(written, out var read), written);
            Assert.True(DateTimeOffset.TryParse(written, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed), written);
            Assert.Equal(parsed, read);
            Assert.Equal(parsed.Offset, read.Offset);
        }
    }

    [Fact]
    public void A_date_read_by_hand_is_one_the_framework_parser_reads_the_same_and_anything_else_is_left_to_that_parser()
    {
        // Written dates with one character changed: out-of-range fields, other separators, other
        // digits, the calendar's ends. Whatever the hand reader accepts, the parser reads the same.
        var random = new Random(9);
        const string Alphabet = "0123456789+-:TZ x\u0661";
        string[] edges = ["0001-01-01T00:00:00+00:00", "0001-01-01T00:30:00+01:00", "9999-12-31T23:59:59-01:00", "9999-12-31T23:59:59+00:00",
            "2023-02-29T10:00:00+01:00", "2024-02-29T10:00:00+01:00", "2023-09-22T24:00:00+02:00", "2023-09-22T10:41:60+02:00",
            "2023-09-22T10:41:00+14:00", "2023-09-22T10:41:00+14:01", "2023-09-22T10:41:00-00:00", "2023-09-22T10:41:00+02:60"];
        var accepted = 0;
        foreach (var text in edges.Concat(Enumerable.Range(0, 100_000).Select(_ =>
        {
            var date = new DateTimeOffset(2000 + random.Next(30), 1 + random.Next(12), 1 + random.Next(28), random.Next(24), random.Next(60), random.Next(60),
                TimeSpan.FromMinutes(15 * random.Next(-56, 57)));
            var chars = ArticleFileFormat.FormatDate(date).ToCharArray();
            chars[random.Next(chars.Length)] = Alphabet[random.Next(Alphabet.Length)];
            return new string(chars);
        })))
        {
            if (!ArticleFileFormat.TryReadWrittenDate(text, out var read)) continue;
            accepted++;
            Assert.True(DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed), text);
            Assert.Equal(parsed, read);
            Assert.Equal(parsed.Offset, read.Offset);
        }
        Assert.InRange(accepted, 1000, 100_000);
        Assert.False(ArticleFileFormat.TryReadWrittenDate("2023-02-29T10:00:00+01:00", out _));
        Assert.False(ArticleFileFormat.TryReadWrittenDate("2023-09-22T10:41:00+14:01", out _));
        Assert.False(ArticleFileFormat.TryReadWrittenDate("0001-01-01T00:30:00+01:00", out _));
    }
}
