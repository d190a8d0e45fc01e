using StaticNews.Rendering;

namespace StaticNews.Tests.Rendering;

public class LocalizedStringsTests
{
    private static LocalizedStrings WithDateFormat(string format)
    {
        var folder = Directory.CreateTempSubdirectory("staticnews-i18n-").FullName;
        var months = string.Join(", ", "januar februar marts april maj juni juli august september oktober november december".Split(' '));
        File.WriteAllText(Path.Combine(folder, "da.yml"), $"date_format: \"{format}\"\nmonths: [{months}]\n");
        try { return LocalizedStrings.Load(folder, "da"); }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Theory]
    [InlineData("{day}. {month} {year}", "4. september 2023")]
    [InlineData("{month} {day}, {year}", "september 4, 2023")]
    [InlineData("{year}-{month}", "2023-september")]
    [InlineData("den {day}.", "den 4.")]
    [InlineData("i dag", "i dag")]
    public void A_date_is_written_in_the_theme_s_format_with_its_month_names(string format, string expected)
        => Assert.Equal(expected, WithDateFormat(format).FormatDate(new DateTime(2023, 9, 4, 23, 59, 0)));

    [Fact]
    public void The_default_format_is_day_month_year()
    {
        var folder = Directory.CreateTempSubdirectory("staticnews-i18n-").FullName;
        File.WriteAllText(Path.Combine(folder, "en.yml"), "months: [January, February, March, April, May, June, July, August, September, October, November, December]\n");
        var strings = LocalizedStrings.Load(folder, "en");
        Directory.Delete(folder, recursive: true);
        Assert.Equal("31 December 1999", strings.FormatDate(new DateTime(1999, 12, 31)));
    }
}
