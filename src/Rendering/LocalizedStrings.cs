using System.Globalization;
using StaticNews.Caching;
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

    /// <summary>The date format as literal text and the three fields, in order.</summary>
    private static string[] DateParts(string format)
    {
        // Cut by hand rather than by a regular expression: building one costs more than loading
        // the strings, at the start of every build, for three fixed words.
        var parts = new List<string>();
        var at = 0;
        while (at < format.Length)
        {
            var (next, field) = (format.Length, "");
            foreach (var candidate in Fields)
            {
                var found = format.IndexOf(candidate, at, StringComparison.Ordinal);
                if (found >= 0 && found < next) (next, field) = (found, candidate);
            }
            if (next > at) parts.Add(format[at..next]);
            if (field.Length == 0) break;
            parts.Add(field);
            at = next + field.Length;
        }
        return [.. parts];
    }

    private static readonly string[] Fields = [DayField, MonthField, YearField];

    public string FormatMonth(int year, int month)
        => $"{MonthName(month)} {year.ToString(CultureInfo.InvariantCulture)}";

    public string FormatNumber(int value)
        => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", _thousandsSeparator);

    public string Format(string key, params object[] args)
        => string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <param name="cache">Where the strings read are kept between builds (<see cref="LocalizedStringsCache"/>), or null.</param>
    public static LocalizedStrings Load(string i18nFolder, string language, BuildCache? cache = null)
    {
        var path = Path.Combine(i18nFolder, language + ".yml");
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path}: the theme has no strings for language '{language}'", path);
        var yaml = File.ReadAllText(path);
        var key = cache == null ? null : LocalizedStringsCache.KeyOf(language, yaml);
        if (key != null && LocalizedStringsCache.Read(cache!, key) is var (cachedStrings, cachedMonths))
            return Of(language, cachedStrings, cachedMonths);
        var (strings, months) = Read(path, yaml);
        if (key != null) LocalizedStringsCache.Save(cache!, key, strings, months);
        return Of(language, strings, months);
    }

    private static (Dictionary<string, string> Strings, string[] Months) Read(string path, string yaml)
    {
        Dictionary<string, object>? document;
        try
        {
            document = ReflectionYaml.Deserializer().Build().Deserialize<Dictionary<string, object>?>(yaml);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            // The parser's own words, at the line it stopped: a theme author fixes the file there.
            throw new InvalidDataException($"{path}: line {e.Start.Line}: not valid YAML ({Reason(e)}); expected 'key: text' lines and 'months: [twelve names]'", e);
        }
        document ??= [];
        var months = (document.GetValueOrDefault("months") as List<object>)?.Select(m => m.ToString()!).ToArray();
        if (months is not { Length: 12 })
            throw new InvalidDataException($"{path}: 'months' must list the twelve month names");
        var strings = document.Where(kv => kv.Value is string).ToDictionary(kv => kv.Key, kv => (string)kv.Value, StringComparer.Ordinal);
        return (strings, months);
    }

    /// <summary>The parser's reason without the positions it adds ("(Line: 2, Col: 3, Idx: 17) - (…): …", "… (at Line: …)"): the message names the line once.</summary>
    private static string Reason(YamlDotNet.Core.YamlException e)
    {
        var reason = e.Message;
        var at = reason.IndexOf("): ", StringComparison.Ordinal);
        if (reason.StartsWith('(') && at >= 0) reason = reason[(at + 3)..];
        var position = reason.IndexOf(" (at Line", StringComparison.Ordinal);
        return (position >= 0 ? reason[..position] : reason).TrimEnd('.');
    }

    private static LocalizedStrings Of(string language, Dictionary<string, string> strings, string[] months)
        => new(language, strings,
            months,
            strings.GetValueOrDefault("date_format", "{day} {month} {year}"),
            strings.GetValueOrDefault("thousands_separator", ","));
}
