using System.Security.Cryptography;
using System.Text;

namespace StaticNews.Pipeline;

/// <summary>
/// One hash of everything a build reads: every file under input/ (seeds, articles, site.yml,
/// places.yml, layout and asset overrides) and under the theme, by path and content, plus the
/// command-line options, the time zone's rules and the generator build itself. Equal
/// fingerprints mean the build would make the same site again, so it need not run (see
/// <see cref="Stages.UpToDateStage"/>). Content, not timestamps: a fresh clone in CI has new
/// timestamps but the same bytes.
/// </summary>
public static class InputFingerprint
{
    private static readonly EnumerationOptions AllFiles = new() { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>The fingerprint, or null when some file could not be read (then the build runs).</summary>
    public static string? Of(BuildOptions options, TimeZoneInfo zone)
    {
        var paths = options.Paths;
        var text = new StringBuilder();
        text.Append("generator ").Append(typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        text.Append("options ").Append(options.BaseUrl).Append(' ').Append(options.IncludeDrafts).Append(' ').Append(paths.Theme).Append('\n');
        text.Append("zone ").Append(zone.ToSerializedString()).Append('\n');
        try
        {
            foreach (var (label, root) in new[] { ("input", paths.Input), ("theme", paths.Theme) })
            {
                if (!Directory.Exists(root)) continue;
                var files = Directory.EnumerateFiles(root, "*", AllFiles).Order(StringComparer.Ordinal).ToList();
                var hashes = new string[files.Count];
                Parallel.For(0, files.Count, i => hashes[i] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(files[i]))));
                for (var i = 0; i < files.Count; i++)
                    text.Append(label).Append(' ').Append(Path.GetRelativePath(root, files[i]).Replace('\\', '/')).Append(' ').Append(hashes[i]).Append('\n');
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e is AggregateException { InnerException: IOException or UnauthorizedAccessException })
        {
            return null;
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
