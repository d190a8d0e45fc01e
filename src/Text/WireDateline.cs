using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticNews.Text;

/// <summary>
/// The dateline a wire text opens its lead with: "KØBENHAVN, 22. september (Ritzau) – …". It
/// names the place in capitals, the day and month (the year only sometimes) and often the
/// agency, and ends in a dash before the first sentence. <see cref="Length"/> is how much of the
/// paragraph it takes, dash and space included.
/// </summary>
public sealed partial record WireDateline(string Place, int Day, int Month, int? Year, string? Agency, int Length)
{
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}./ -]{1,40}?),\s+(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+(?:den\s+)?)?(?<day>\d{1,2})\.\s*(?<month>\p{L}+)\.?(?:\s+(?<year>\d{4}))?(?:\s*\((?<agency>[\p{L}/ ]{2,30})\))?\s*[–—-]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryRead(string paragraph, out WireDateline dateline)
    {
        dateline = null!;
        var match = Pattern().Match(paragraph);
        if (!match.Success || !DanishDateParser.TryMonth(match.Groups["month"].Value, out var month)) return false;
        // A place in capitals: "KØBENHAVN", "NEW YORK"; a sentence opening "Mandag, 4. …" is no dateline.
        var place = match.Groups["place"].Value.Trim();
        if (place.Any(char.IsLower)) return false;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        if (day < 1 || day > DateTime.DaysInMonth(year ?? 2024, month)) return false;
        dateline = new WireDateline(place, day, month, year, match.Groups["agency"].Success ? match.Groups["agency"].Value.Trim() : null, match.Length);
        return true;
    }

    /// <summary>
    /// The dateline's day in the year it names, or else in the year that puts it nearest the
    /// reference date (the seed's other date evidence): a text dated "30. december" and filed
    /// on 2 January belongs to the year before. Null when it names 29 February of no leap year.
    /// </summary>
    public DateTime? DayNear(DateTime reference)
    {
        if (Year is { } year) return new DateTime(year, Month, Day);
        DateTime? best = null;
        foreach (var candidate in new[] { reference.Year - 1, reference.Year, reference.Year + 1 })
        {
            if (Day > DateTime.DaysInMonth(candidate, Month)) continue;
            var date = new DateTime(candidate, Month, Day);
            if (best is not { } b || Math.Abs((date - reference.Date).TotalDays) < Math.Abs((b - reference.Date).TotalDays)) best = date;
        }
        return best;
    }
}
