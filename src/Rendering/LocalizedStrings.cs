using System.Globalization;
using System.Text.RegularExpressions;
using StaticNews.Text;

namespace StaticNews.Rendering;

/// <summary>
/// The UI strings of one language from <c>theme/i18n/&lt;lang&gt;.yml</c>, and date and number
/// formatting for it. Written out in the file rather than taken from ICU, so output never
/// changes with the machine's locale data.
/// </summary>
public sealed class LocalizedStrings
{
    public string Language { get; }
    public IReadOnlyDictionary<string, string> Strings { get; }
    private readonly string[] _months;
    private readonly string[] _dateParts;
    private readonly string _thousandsSeparator;

    private LocalizedStrings(string language, Dictionary<string, string> strings, string[] months, string dateFormat, string thousands)
    {
        Language = language;
        Strings = strings;
        _months = months;
        _dateParts = DateParts(dateFormat);
        _thousandsSeparator = thousands;
    }

    public string this[string key] => Strings.TryGetValue(key, out var value) ? value : key;

    public string MonthName(int month) => _months[month - 1];

    /// <summary>"22. september 2023" in Danish, "22 September 2023" in English: the format comes from the i18n file.</summary>
    public string FormatDate(DateTime local)
    {
        // Every article card shows a date, so the format is cut into its parts once rather than
        // searched and replaced three times per date.
        var parts = _dateParts;
        var text = new string[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            text[i] = parts[i] switch
            {
                DayField => local.Day.ToString(CultureInfo.InvariantCulture),
                MonthField => MonthName(local.Month),
                YearField => local.Year.ToString(CultureInfo.InvariantCulture),
                var literal => literal,
            };
        }
        return string.Concat(text);
    }

    private const string DayField = "{day}", MonthField = "{month}", YearField = "{year}";

    /// <summary>The date format as literal text and the three fields, in order (a split keeps the fields it splits at).</summary>
    private static string[] DateParts(string format) => Regex.Split(format, @"(\{day\}|\{month\}|\{year\})");

    public string FormatMonth(int year, int month)
        => $"{MonthName(month)} {year.ToString(CultureInfo.InvariantCulture)}";

    public string FormatNumber(int value)
        => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", _thousandsSeparator);

    public string Format(string key, params object[] args)
        => string.Format(CultureInfo.InvariantCulture, this[key], args);

    public static LocalizedStrings Load(string i18nFolder, string language)
    {
        var path = Path.Combine(i18nFolder, language + ".yml");
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: the theme has no strings for language '{language}'", path);
        var document = ReflectionYaml.Deserializer().Build().Deserialize<Dictionary<string, object>>(File.ReadAllText(path));
        var months = (document.GetValueOrDefault("months") as List<object>)?.Select(m => m.ToString()!).ToArray();
        if (months is not { Length: 12 })
            throw new InvalidDataException($"{path}: 'months' must list the twelve month names");
        var strings = document.Where(kv => kv.Value is string).ToDictionary(kv => kv.Key, kv => (string)kv.Value, StringComparer.Ordinal);
        return new LocalizedStrings(language, strings,
            months,
            strings.GetValueOrDefault("date_format", "{day} {month} {year}"),
            strings.GetValueOrDefault("thousands_separator", ","));
    }
}
