using StaticNews.Rendering;

namespace StaticNews.Tests.Rendering;

public class LocalizedStringsTests
{
    private const string DanishMonths = "months: [januar, februar, marts, april, maj, juni, juli, august, september, oktober, november, december]\n";

    /// <summary>Strings loaded from an i18n file holding <paramref name="yaml"/>, as a theme's would be.</summary>
    private static LocalizedStrings Load(string language, string yaml)
    {
        var folder = Directory.CreateTempSubdirectory("staticnews-i18n-").FullName;
        File.WriteAllText(Path.Combine(folder, language + ".yml"), yaml);
        try { return LocalizedStrings.Load(folder, language); }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Theory]
    [InlineData("{day}. {month} {year}", "4. september 2023")]
    [InlineData("{month} {day}, {year}", "september 4, 2023")]
    [InlineData("{year}-{month}", "2023-september")]
    [InlineData("den {day}.", "den 4.")]
    [InlineData("i dag", "i dag")]
    public void A_date_is_written_in_the_theme_s_format_with_its_month_names(string format, string expected)
        => Assert.Equal(expected, Load("da", $"date_format: \"{format}\"\n" + DanishMonths).FormatDate(new DateTime(2023, 9, 4, 23, 59, 0)));

    [Fact]
    public void The_default_format_is_day_month_year()
        => Assert.Equal("31 December 1999",
            Load("en", "months: [January, February, March, April, May, June, July, August, September, October, November, December]\n").FormatDate(new DateTime(1999, 12, 31)));

    [Theory]
    [InlineData("latest: Seneste\n  months: [januar\n", 2)]
    [InlineData("latest: \"Seneste\n", 1)]
    [InlineData("- januar\n- februar\n", 1)]
    public void A_file_that_is_not_valid_yaml_is_named_with_its_line(string yaml, int line)
    {
        var error = Assert.Throws<InvalidDataException>(() => Load("da", yaml));

        Assert.Matches($@"da\.yml: line {line}: not valid YAML \([A-Z][^()]+\); expected 'key: text' lines and 'months: \[twelve names\]'$", error.Message);
        Assert.DoesNotContain("Idx:", error.Message);
    }

    [Fact]
    public void An_empty_file_lacks_the_month_names()
        => Assert.EndsWith("da.yml: 'months' must list the twelve month names", Assert.Throws<InvalidDataException>(() => Load("da", "")).Message);
}
