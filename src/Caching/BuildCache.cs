namespace StaticNews.Caching;

/// <summary>
/// Everything a build remembers for the next, in one folder (<c>.cache/&lt;output name&gt;/</c>
/// beside output/): this type names every file in it, and each file's owner reads and writes it
/// through <see cref="Write"/> and <see cref="TryRead"/>, the one atomic write and the one
/// versioned header (<see cref="CacheFormat"/>) all of them share. Deleting the folder only makes
/// the next build a full one with the same bytes.
/// </summary>
public sealed class BuildCache(string folder)
{
    public string Folder { get; } = folder;

    /// <summary>What the last complete build saw and left (Pipeline.UpToDate.UpToDateRecord).</summary>
    public string UpToDateRecordFile => In("up-to-date.bin");

    /// <summary>The settings parsed from site.yml, by the hash of its text (Configuration.SiteConfigCache).</summary>
    public string SiteConfigFile => In("site-config.bin");

    /// <summary>The theme's strings in the site's language, keyed by the i18n file's text, the language and the generator build (Rendering.LocalizedStringsCache).</summary>
    public string LocalizedStringsFile => In("i18n-strings.bin");

    /// <summary>What ingest's output depends on besides the seeds (Ingest.IngestKey).</summary>
    public string IngestKeyFile => In("ingest.key");

    /// <summary>What output/ holds: per file its size, hash and page key (Output.OutputManifest).</summary>
    public string OutputManifestFile => In("output.manifest");

    /// <summary>The manifest a commit writes before its swap and renames after it (Output.OutputCommit).</summary>
    public string NextOutputManifestFile => In("output.manifest.next");

    /// <summary>What <c>output.spare/</c> holds, as its difference from output/'s manifest (Output.SpareDifference).</summary>
    public string SpareDifferenceFile => In("spare.difference");

    /// <summary>A whole manifest of the spare, as caches made by earlier versions hold: nothing reads it, so the spare's commit deletes it.</summary>
    public string ReplacedSpareManifestFile => In("spare.manifest");

    /// <summary>The search index's state, per-article terms and posting lists (Search.Incremental.SearchIndexStore).</summary>
    public string SearchFolder => In("search");

    /// <summary>Per Markdown file (by hash): its seed, and whether it is as ingest wrote it (Ingest.ArticleStore).</summary>
    public ChunkedCacheFile ArticleFacts(string key) => new(In("article-store.bin"), ArticleFactsFormat, key);

    /// <summary>Parsed front matter by file hash (Site.FrontMatterCache).</summary>
    public ChunkedCacheFile FrontMatter(string key) => new(In("front-matter.bin"), FrontMatterFormat, key);

    private static readonly CacheFormat ArticleFactsFormat = new("article facts", 3);
    private static readonly CacheFormat FrontMatterFormat = new("front matter", 5);

    /// <summary>Writes <paramref name="file"/> whole (see <see cref="AtomicFile"/>): <paramref name="format"/>'s header, then what <paramref name="write"/> writes.</summary>
    public static void Write(string file, CacheFormat format, Action<Stream> write)
        => AtomicFile.Write(file, stream =>
        {
            format.WriteHeader(stream);
            write(stream);
        });

    /// <summary>
    /// The bytes of <paramref name="file"/> after its header, or null when it is missing,
    /// unreadable, or of another kind or version than <paramref name="format"/>.
    /// </summary>
    public static ArraySegment<byte>? TryRead(string file, CacheFormat format)
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(file)) return null;
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (!format.Begins(bytes)) return null;
        return new ArraySegment<byte>(bytes, format.Header.Length, bytes.Length - format.Header.Length);
    }

    /// <summary>A reader of what <see cref="TryRead"/> gave.</summary>
    public static MemoryStream Stream(ArraySegment<byte> bytes) => new(bytes.Array!, bytes.Offset, bytes.Count, writable: false);

    /// <summary>Removes <paramref name="file"/>: from now on what it said may no longer hold.</summary>
    public static void Forget(string file)
    {
        if (File.Exists(file)) File.Delete(file);
    }

    private string In(string name) => Path.Combine(Folder, name);
}
