using StaticNews.Ingest;
using StaticNews.Text;

namespace StaticNews.Tests.Ingest;

/// <summary>Archives and wire feeds name files by day: that day dates a seed whose text holds no date line.</summary>
public class SeedFileNameDateTests
{
    private static readonly DanishDateParser Dates = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"));

    [Theory]
    [InlineData("2023-09-22_amnesti.txt")]
    [InlineData("20230922-amnesti.txt")]
    [InlineData("20230922T104100_amnesti.txt")]
    [InlineData("2023-09-22.txt")]
    [InlineData("seeds/2023/2023-09-22 amnesti.txt")]
    public void A_name_that_opens_with_a_day_is_dated_that_day_at_midnight_local_time(string name)
    {
        Assert.True(SeedFileNameDate.TryRead(name, Dates, out var date));
        Assert.Equal(new DateTimeOffset(2023, 9, 22, 0, 0, 0, TimeSpan.FromHours(2)), date);
    }

    [Theory]
    [InlineData("000_3a2067aaff13d07c.txt")] // the sample seed: a number, no date
    [InlineData("tv2r_2.txt")]
    [InlineData("2023-02-30_umulig.txt")]
    [InlineData("12345678.txt")]
    [InlineData("202309221.txt")]
    [InlineData("amnesti-2023-09-22.txt")]
    public void A_name_that_does_not_open_with_a_valid_day_dates_nothing(string name)
        => Assert.False(SeedFileNameDate.TryRead(name, Dates, out _));
}
