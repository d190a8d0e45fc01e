using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticNews.Text;

/// <summary>
/// Reads the date lines Danish newsrooms write ("04 januar 2010 kl. 08.50", "4. jan. 2010",
/// "22.09.2023 10:41", "fredag den 22. september 2023", "Mandag 4. januar 2010", ISO "2010-01-04 08:50") as a moment in the site's time zone,
/// daylight saving included. The whole line must be a date: a sentence that merely holds one is not.
/// </summary>
public sealed partial class DanishDateParser(TimeZoneInfo zone)
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januar"] = 1, ["jan"] = 1, ["februar"] = 2, ["feb"] = 2, ["marts"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["maj"] = 5, ["juni"] = 6, ["jun"] = 6, ["juli"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["oktober"] = 10, ["okt"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    [GeneratedRegex(@"^(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\.?,?\s+(?:den\s+|d\.\s*)?)?(?<day>\d{1,2})\.?\s+(?<month>[a-zæøå]+)\.?\s+(?<year>\d{4})(?:,?\s+(?:kl\.?\s*)?(?<hour>\d{1,2})[.:](?<minute>\d{2}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedMonth();

    [GeneratedRegex(@"^(?<day>\d{1,2})[./-](?<month>\d{1,2})[./-](?<year>\d{4})(?:,?\s+(?:kl\.?\s*)?(?<hour>\d{1,2})[.:](?<minute>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:(?:T|,?\s+(?:kl\.?\s*)?)(?<hour>\d{1,2})[.:](?<minute>\d{2})(?::\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    /// <summary>Month names and their abbreviations ("januar", "jan", "sept") to month numbers.</summary>
    public static bool TryMonth(string name, out int month) => Months.TryGetValue(name, out month);

    public TimeZoneInfo Zone { get; } = zone;

    public bool TryParse(string line, out DateTimeOffset date)
    {
        date = default;
        var text = line.Trim();
        if (text.Length is 0 or > 64) return false;

        var match = NamedMonth().Match(text);
        int month;
        if (match.Success)
        {
            if (!Months.TryGetValue(match.Groups["month"].Value, out month)) return false;
        }
        else
        {
            match = NumericDate().Match(text);
            if (!match.Success) match = IsoDate().Match(text);
            if (!match.Success) return false;
            month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var hour = match.Groups["hour"].Success ? int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture) : 0;
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        if (month is < 1 or > 12 || year is < 1000 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59)
            return false;

        date = InZone(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified));
        return true;
    }

    /// <summary>Attaches the zone's offset to a local wall-clock time.</summary>
    public DateTimeOffset InZone(DateTime local)
    {
        // A wall-clock time skipped by the spring-forward jump does not exist: move it past the gap.
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
