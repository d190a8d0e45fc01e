using StaticNews.Text;

namespace StaticNews.Tests.Text;

public class DanishDateParserTests
{
    private readonly DanishDateParser _parser = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"));

    [Theory]
    [InlineData("04 januar 2010 kl. 08.50", "2010-01-04T08:50:00+01:00")]
    [InlineData("4. jan. 2010", "2010-01-04T00:00:00+01:00")]
    [InlineData("22.09.2023 10:41", "2023-09-22T10:41:00+02:00")]
    [InlineData("fredag den 22. september 2023", "2023-09-22T00:00:00+02:00")]
    [InlineData("Fredag den 22. september 2023 kl. 10.00", "2023-09-22T10:00:00+02:00")]
    [InlineData("Mandag 4. januar 2010", "2010-01-04T00:00:00+01:00")]
    [InlineData("mandag d. 4. januar 2010", "2010-01-04T00:00:00+01:00")]
    [InlineData("2010-01-04", "2010-01-04T00:00:00+01:00")]
    [InlineData("2010-01-04 08:50", "2010-01-04T08:50:00+01:00")]
    [InlineData("2023-09-22T10:41:30", "2023-09-22T10:41:00+02:00")]
    public void Reads_newsroom_date_lines_in_the_site_time_zone_with_daylight_saving(string line, string expected)
    {
        Assert.True(_parser.TryParse(line, out var date));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, date.Offset);
    }

    [Theory]
    [InlineData("Mandag er første arbejdsdag for seks nye borgmestre")]
    [InlineData("30. februar 2023")]
    [InlineData("32.01.2023")]
    [InlineData("2023-02-30")]
    [InlineData("2010-01-04 er datoen")]
    [InlineData("Sterling Airlines gik konkurs den 29. oktober 2008.")]
    [InlineData("")]
    public void Rejects_lines_that_are_not_exactly_a_valid_date(string line)
        => Assert.False(_parser.TryParse(line, out _));

    [Fact]
    public void Moves_a_time_inside_the_spring_forward_gap_past_it()
    {
        Assert.True(_parser.TryParse("26.03.2023 02:30", out var date));
        Assert.Equal(new DateTimeOffset(2023, 3, 26, 3, 30, 0, TimeSpan.FromHours(2)), date);
    }
}
