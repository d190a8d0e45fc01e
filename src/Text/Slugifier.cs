using System.Globalization;
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

    public static string Slugify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Fallback;

        var folded = DanishFolding.ToAscii(text.ToLowerInvariant());
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
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = cut > MaxLength / 2 ? slug[..cut] : slug[..MaxLength].TrimEnd('-');
        }
        return slug.Length == 0 ? Fallback : slug;
    }
}
