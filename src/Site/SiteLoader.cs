using StaticNews.Caching;
using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Diagnostics;
using StaticNews.Text;

namespace StaticNews.Site;

/// <summary>
/// Reads every <c>input/articles/*.md</c>. A file that cannot be read is reported with its
/// line and left out; the rest of the site still builds. Only front matter is kept: bodies are
/// read again when rendered. With a cache folder, a file whose content hash is known skips YAML.
/// A file read anew is held to what every later stage needs: characters no output format can
/// hold are cleaned (<see cref="ControlCharacters"/>, with a warning for each line), and a body
/// over the <see cref="MarkdownBudget"/> is an error here, before any page lists the article.
/// Only a file that needed no cleaning goes into the cache, so its warnings are said by every build.
/// </summary>
public static class SiteLoader
{
    /// <param name="listed">The folder's Markdown files as a listing taken this build found them (with their hashes when it read them), or null to walk the folder here.</param>
    public static IReadOnlyList<(ArticleFile Article, string SourceFile)> Load(string folder, string inputRoot, TimeZoneInfo zone, bool includeDrafts, DiagnosticBag diagnostics, BuildCache? buildCache = null,
        Func<string, string?>? knownHash = null, InputListing? listed = null)
    {
        var listing = listed ?? InputFileWalker.Walk(folder, ".md", inputRoot);
        var files = listing.Files;
        foreach (var link in listing.OutsideLinks)
            diagnostics.Error(SitePaths.Display(link), "is a symbolic link to a file outside the input folder; the article is left out");
        foreach (var (path, reason) in listing.Refused)
            diagnostics.Error(SitePaths.Display(path), reason);
        var cache = new FrontMatterCache(buildCache, zone, listing.Hashes);
        var shared = new SharedStrings();
        var loaded = new (ArticleFile Article, string SourceFile)?[files.Count];
        // A file the cache answers for is loaded on this thread (a parallel loop over lookups
        // waited longer for its other thread than the lookups took); those read anew, on every core.
        var readAnew = new List<int>();
        for (var i = 0; i < files.Count; i++)
        {
            if (listing.HashOf(i, knownHash) is { } hash && cache.Find(hash) is { } cached) LoadFile(i, (hash, cached, true));
            else readAnew.Add(i);
        }
        // One file read anew (a new article, the usual incremental build) is read here too: a
        // parallel loop would then wait, spinning, for a pool thread that finds nothing left to do.
        if (readAnew.Count == 1) LoadFile(readAnew[0], null);
        else Parallel.For(0, readAnew.Count, r => LoadFile(readAnew[r], null));
        cache.Save();
        var result = new List<(ArticleFile Article, string SourceFile)>(files.Count);
        foreach (var file in loaded)
            if (file is { } kept) result.Add(kept);
        return result;

        // cached: the file's hash and front matter when the cache answered for it, else null (the file is read).
        void LoadFile(int i, (string Hash, FrontMatter FrontMatter, bool Clean)? cached)
        {
            // A file's name for messages asks the system for the working folder: worked out only
            // for a file that is read, not for the thousands the cache answers for.
            string Display() => SitePaths.Display(files[i]);
            try
            {
                // A file the check hashed and nobody changed since is not even read.
                var (hash, frontMatter, clean) = cached ?? Read(files[i], Display(), zone, cache, shared, diagnostics);
                if (!InZone(frontMatter.Date, zone))
                    throw new ContentException(Display(), 2, $"date '{ArticleFileFormat.FormatDate(frontMatter.Date)}' lies outside the calendar in the site's time zone");
                if (clean) cache.Remember(hash, frontMatter);
                if (!frontMatter.Draft || includeDrafts)
                    loaded[i] = (new ArticleFile(frontMatter, "") { BodyDeferred = true, Hash = hash }, files[i]);
            }
            catch (ContentException e)
            {
                diagnostics.Error(e.File, e.Reason + "; the article is left out", e.Line);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(Display(), "cannot be read: " + e.Message + "; the article is left out");
            }
            catch (Exception e)
            {
                // Whatever else one file makes the loader throw is that file's problem, not the site's.
                diagnostics.Error(Display(), "cannot be loaded: " + e.Message + "; the article is left out");
            }
        }
    }

    /// <summary>
    /// The front matter as the site model keeps it for the whole build: what ingest alone reads
    /// (the seed, its hash, the hash the file was generated with) is left out, and the names a
    /// large archive repeats thousands of times (tags, places, sources, languages) are one string
    /// each, where YAML makes a new string for every mention. The cache keeps it in this form, so
    /// what it answers for is taken as it is: a chunk of the cache holds one string per text already.
    /// </summary>
    internal static FrontMatter ForModel(FrontMatter f, SharedStrings shared) => f with
    {
        Source = f.Source == null ? null : shared.Get(f.Source),
        Language = shared.Get(f.Language),
        Locations = shared.All(f.Locations),
        People = shared.All(f.People),
        Organisations = shared.All(f.Organisations),
        Tags = shared.All(f.Tags),
        Seed = null,
        SeedHash = null,
        GeneratedHash = null,
    };

    private static (string Hash, FrontMatter FrontMatter, bool Clean) Read(string file, string display, TimeZoneInfo zone, FrontMatterCache cache, SharedStrings shared,
        DiagnosticBag diagnostics)
    {
        var bytes = RegularFile.ReadReusing(file);
        var hash = ContentHash.Of(bytes);
        if (cache.Find(hash) is { } cached) return (hash, cached, true);
        var text = ArticleFileFormat.Decode(bytes);
        var cleaned = ControlCharacters.Clean(text);
        foreach (var (line, message) in ControlCharacters.Warnings(cleaned))
            diagnostics.Warn(display, message + " (removed for the site; the file is left as it is)", line);
        var article = ArticleFileFormat.Read(display, cleaned.Text, zone);
        if (MarkdownBudget.Exceeded(article.Body) is { } over)
            throw new ContentException(display, article.BodyLine + over.Line - 1, over.Reason);
        // YAML's escapes ("\e", "\x1b") make control characters out of clean text.
        var (frontMatter, escaped) = CleanFields(display, article.FrontMatter);
        if (escaped.Count > 0)
            diagnostics.Warn(display, $"front matter {string.Join(", ", escaped)}: YAML escapes (such as \\e or \\x1b) make control characters a web page or feed cannot show; removed for the site", 2);
        return (hash, ForModel(frontMatter, shared), !cleaned.Changed && escaped.Count == 0);
    }

    private static (FrontMatter FrontMatter, List<string> Keys) CleanFields(string display, FrontMatter f)
    {
        var keys = new List<string>();
        string One(string key, string value)
        {
            if (ControlCharacters.IsClean(value)) return value;
            keys.Add(key);
            return ControlCharacters.Clean(value).Text.Trim();
        }
        IReadOnlyList<string> Many(string key, IReadOnlyList<string> values)
            => values.All(ControlCharacters.IsClean) ? values : values.Select(v => One(key, v).Trim()).Where(v => v.Length > 0).ToList();
        var result = f with
        {
            Title = One("title", f.Title),
            Slug = One("slug", f.Slug),
            Summary = One("summary", f.Summary),
            Source = f.Source == null ? null : One("source", f.Source),
            Language = One("language", f.Language),
            Locations = Many("locations", f.Locations),
            People = Many("people", f.People),
            Organisations = Many("organisations", f.Organisations),
            Tags = Many("tags", f.Tags),
        };
        if (string.IsNullOrWhiteSpace(result.Title)) throw new ContentException(display, 2, "front matter has no title once its control characters are removed");
        return (result with { Title = result.Title.Trim() }, keys.Distinct().ToList());
    }

    /// <summary>
    /// Whether the site's time zone can show the date: the model converts every date to it, and a
    /// conversion that throws there would stop the whole site, not leave out this article.
    /// </summary>
    private static bool InZone(DateTimeOffset date, TimeZoneInfo zone)
    {
        // No zone's offset passes 14 hours (TimeZoneInfo refuses more), so only a date within a
        // day of the calendar's ends can leave it: the conversion is tried only for those.
        if (date.UtcTicks > TimeSpan.TicksPerDay && date.UtcTicks < DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay) return true;
        try
        {
            TimeZoneInfo.ConvertTime(date, zone);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
