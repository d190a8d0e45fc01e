using System.Globalization;
using System.Text.RegularExpressions;
using StaticNews.Text;

namespace StaticNews.Ingest;

/// <summary>
/// A date at the start of a seed's file name, as archives and wire feeds name their files:
/// "2023-09-22_amnesti.txt", "20230922-amnesti.txt", "20230922T104100.txt". The day is taken at
/// midnight in the site's time zone (a time in the name is not read: "_1041" may as well be a
/// counter). Only years 1900–2099 count, so a name of digits that is no date is left alone.
/// </summary>
public static partial class SeedFileNameDate
{
    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})(?<sep>-?)(?<month>\d{2})\k<sep>(?<day>\d{2})(?:T\d{2,6})?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryRead(string seedPath, DanishDateParser dates, out DateTimeOffset date)
    {
        date = default;
        var match = Pattern().Match(Path.GetFileName(seedPath));
        if (!match.Success) return false;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = dates.InZone(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified));
        return true;
    }
}
