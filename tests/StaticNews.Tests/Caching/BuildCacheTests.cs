using StaticNews.Caching;

namespace StaticNews.Tests.Caching;

/// <summary>
/// Every cache file begins with one header naming its kind and layout version: a file of another
/// kind or version, one written before headers, or one cut inside its header reads as no cache.
/// </summary>
public class BuildCacheTests
{
    private static readonly CacheFormat Record = new("up-to-date record", 4);

    [Fact]
    public void A_file_reads_back_after_its_header()
    {
        using var temp = new TempFolder();
        var file = new BuildCache(temp["cache"]).UpToDateRecordFile;

        BuildCache.Write(file, Record, s => s.Write("indhold"u8));

        Assert.StartsWith("StaticNews up-to-date record v4\n", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal("indhold"u8.ToArray(), BuildCache.TryRead(file, Record)!.Value.ToArray());
    }

    [Fact]
    public void Another_version_another_kind_no_header_or_a_header_cut_short_reads_as_no_cache()
    {
        using var temp = new TempFolder();
        var file = new BuildCache(temp["cache"]).UpToDateRecordFile;
        BuildCache.Write(file, Record, s => s.Write("indhold"u8));
        var written = File.ReadAllBytes(file);

        Assert.Null(BuildCache.TryRead(file, new CacheFormat("up-to-date record", 5)));
        Assert.Null(BuildCache.TryRead(file, new CacheFormat("site config", 4)));
        File.WriteAllBytes(file, written[..10]);
        Assert.Null(BuildCache.TryRead(file, Record));
        File.WriteAllText(file, "StaticNews up-to-date 3"); // as files were written before headers
        Assert.Null(BuildCache.TryRead(file, Record));
        File.Delete(file);
        Assert.Null(BuildCache.TryRead(file, Record));
    }

    [Fact]
    public void Every_file_of_the_cache_lies_in_its_folder_under_its_own_name()
    {
        var cache = new BuildCache(Path.Combine(Path.GetTempPath(), ".cache", "output"));
        string[] files = [cache.UpToDateRecordFile, cache.SiteConfigFile, cache.IngestKeyFile, cache.OutputManifestFile, cache.NextOutputManifestFile,
            cache.SpareDifferenceFile, cache.SearchFolder, cache.ArticleFacts("").Path, cache.FrontMatter("").Path, cache.LocalizedStringsFile];

        Assert.All(files, f => Assert.Equal(cache.Folder, Path.GetDirectoryName(f)));
        Assert.Equal(files.Length, files.Distinct(StringComparer.Ordinal).Count());
    }
}
