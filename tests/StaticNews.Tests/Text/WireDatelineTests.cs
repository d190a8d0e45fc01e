using StaticNews.Text;

namespace StaticNews.Tests.Text;

/// <summary>
/// A wire text opens its lead with a dateline: the place in capitals, day and month, the agency
/// in brackets and a dash. The year is rarely there; it is taken from the seed's other evidence,
/// as the year that puts the day nearest to it.
/// </summary>
public class WireDatelineTests
{
    [Fact]
    public void Reads_place_day_month_and_agency_and_how_much_of_the_lead_it_takes()
    {
        const string lead = "KØBENHAVN, 22. september (Ritzau) – Aserbajdsjan åbner for amnesti til armenske soldater.";
        Assert.True(WireDateline.TryRead(lead, out var dateline));
        Assert.Equal(new WireDateline("KØBENHAVN", 22, 9, null, "Ritzau", "KØBENHAVN, 22. september (Ritzau) – ".Length), dateline);
        Assert.Equal("Aserbajdsjan åbner for amnesti til armenske soldater.", lead[dateline.Length..]);
    }

    [Theory]
    [InlineData("NEW YORK, 3. jan. 2024 (AFP) - Aktierne steg.", "NEW YORK", 3, 1, 2024, "AFP")]
    [InlineData("AARHUS, fredag 22. september – Byrådet mødes.", "AARHUS", 22, 9, null, null)]
    public void Reads_other_datelines_wires_write(string lead, string place, int day, int month, int? year, string? agency)
    {
        Assert.True(WireDateline.TryRead(lead, out var dateline));
        Assert.Equal((place, day, month, year, agency), (dateline.Place, dateline.Day, dateline.Month, dateline.Year, dateline.Agency));
    }

    [Theory]
    [InlineData("Aserbajdsjan åbner for amnesti til armenske soldater i den omstridte region Nagorno-Karabakh, hvis de lægger deres våben.")]
    [InlineData("Mandag, 4. januar - første arbejdsdag for seks nye borgmestre.")]
    [InlineData("KØBENHAVN, 31. april (Ritzau) – Der er ingen 31. april.")]
    [InlineData("KØBENHAVN, 22. septober (Ritzau) – Ingen måned.")]
    public void A_lead_without_a_valid_dateline_has_none(string lead)
        => Assert.False(WireDateline.TryRead(lead, out _));

    [Theory]
    [InlineData("2023-09-22", "2023-09-22")] // the file name's day
    [InlineData("2023-09-25", "2023-09-22")] // committed three days later
    [InlineData("2024-01-02", "2023-09-22")] // filed in the new year: the nearest 22 September is the year before
    [InlineData("2023-02-01", "2022-09-22")]
    public void Without_a_year_the_day_is_the_one_nearest_the_reference(string reference, string expected)
    {
        Assert.True(WireDateline.TryRead("KØBENHAVN, 22. september (Ritzau) – Tekst.", out var dateline));
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            dateline.DayNear(DateTime.Parse(reference, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_29th_of_February_finds_the_nearest_leap_year_or_none()
    {
        Assert.True(WireDateline.TryRead("KØBENHAVN, 29. februar (Ritzau) – Skuddag.", out var dateline));
        Assert.Equal(new DateTime(2024, 2, 29), dateline.DayNear(new DateTime(2024, 3, 1)));
        Assert.Null(dateline.DayNear(new DateTime(2022, 6, 1)));
    }
}
