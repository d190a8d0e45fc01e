using System.Text.RegularExpressions;

namespace StaticNews.Rendering;

/// <summary>
/// A theme's JavaScript modules import each other by relative URL ("./search-client.js"), which
/// the page's fingerprinted <c>?v=</c> does not reach: after a theme change a browser could run
/// the new page script over a cached old module. Each import of a sibling module gets that
/// module's own fingerprint, so a change to any module changes the URL of everything above it.
/// </summary>
internal static partial class ScriptImports
{
    [GeneratedRegex("""(\b(?:from|import)\s*)(['"])\./([A-Za-z0-9_.-]+\.m?js)\2""")]
    private static partial Regex SiblingImport();

    /// <summary>The names of the sibling modules <paramref name="script"/> imports.</summary>
    public static IEnumerable<string> Imported(string script)
        => SiblingImport().Matches(script).Select(m => m.Groups[3].Value).Distinct(StringComparer.Ordinal);

    /// <summary><paramref name="script"/> with each sibling import given its fingerprint, where <paramref name="fingerprintOf"/> knows one.</summary>
    public static string WithFingerprints(string script, Func<string, string?> fingerprintOf)
        => SiblingImport().Replace(script, m => fingerprintOf(m.Groups[3].Value) is { } fingerprint
            ? $"{m.Groups[1].Value}{m.Groups[2].Value}./{m.Groups[3].Value}?v={fingerprint}{m.Groups[2].Value}"
            : m.Value);
}
