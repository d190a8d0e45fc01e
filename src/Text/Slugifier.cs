using System.Text;

namespace StaticNews.Text;

/// <summary>
/// Turns any name (title, tag, place) into a URL segment: lower case ASCII letters, digits and
/// single hyphens, Danish letters transliterated (æ→ae, ø→oe, å→aa) rather than stripped so
/// "Århus" and "Aarhus" meet on one page, other accents folded, at most <see cref="MaxLength"/>
/// characters cut at a word boundary.
/// </summary>
public static class Slugifier
{
    public const int MaxLength = 80;

    /// <summary>The slug used when a name holds no letter or digit at all (e.g. "..." or "").</summary>
    public const string Fallback = "x";

    // Names Windows refuses as file or folder names: a page called "con" could not be checked
    // out there, so such slugs get a suffix.
    private static readonly HashSet<string> ReservedOnWindows =
    [
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ];

    public static string Slugify(string? text) => Slugify(text, MaxLength);

    /// <summary>As <see cref="Slugify(string?)"/>, cut at a word boundary to at most <paramref name="maxLength"/> characters.</summary>
    public static string Slugify(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text)) return Fallback;
        if (IsSlugAlready(text, maxLength)) return text;

        var folded = DanishFolding.ToAscii(InvariantLower.Of(text));
        var builder = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = cut > maxLength / 2 ? slug[..cut] : slug[..maxLength].TrimEnd('-');
        }
        if (slug.Length == 0) return Fallback;
        return ReservedOnWindows.Contains(slug) ? slug + "-0" : slug;
    }

    /// <summary>
    /// True for text the long way would give back unchanged: a front matter's slug is one already
    /// (one per article on every build), and lower-casing, folding and rebuilding it cost more
    /// than the rest of placing an article.
    /// </summary>
    private static bool IsSlugAlready(string text, int maxLength)
    {
        if (text.Length > maxLength || text[0] == '-' || text[^1] == '-') return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') continue;
            if (c != '-' || text[i - 1] == '-') return false;
        }
        return !ReservedOnWindows.Contains(text);
    }
}
