using StaticNews.Caching;
using System.Reflection;
using StaticNews.Configuration;

namespace StaticNews.Tests.Configuration;

public class SiteConfigCacheTests
{
    [Fact]
    public void Every_setting_survives_the_round_trip()
    {
        using var temp = new TempFolder();
        // A value unlike the default for every property: a setting added to SiteConfig but not
        // to the cache fails here instead of silently reverting to its default on a cached build.
        var config = new SiteConfig
        {
            Title = "Arkivet", Description = "Gamle nyheder", BaseUrl = "https://example.org/arkiv/", Language = "en",
            TimeZone = "America/New_York", PageSize = 7, ArchivePageSize = 40, RelatedCount = 3, SitemapMaxUrls = 99, MaxSiteBytes = 12_345_678_901,
            Boilerplate = ["Læs også", ""], Footer = "© *Avisen*",
        };
        var settable = typeof(SiteConfig).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
        var defaults = new SiteConfig();
        Assert.All(settable, p => Assert.NotEqual(Describe(p.GetValue(defaults)), Describe(p.GetValue(config))));

        SiteConfigCache.Save(new BuildCache(temp.Path), "key", config);
        var read = SiteConfigCache.Read(new BuildCache(temp.Path), "key");

        Assert.NotNull(read);
        Assert.All(settable, p => Assert.Equal(Describe(p.GetValue(config)), Describe(p.GetValue(read))));
    }

    [Fact]
    public void Another_key_or_a_damaged_file_reads_as_nothing()
    {
        using var temp = new TempFolder();
        SiteConfigCache.Save(new BuildCache(temp.Path), "key", new SiteConfig());
        Assert.Null(SiteConfigCache.Read(new BuildCache(temp.Path), "other key"));

        var file = Directory.GetFiles(temp.Path).Single();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..^3]);
        Assert.Null(SiteConfigCache.Read(new BuildCache(temp.Path), "key"));
    }

    [Fact]
    public void A_file_damaged_inside_a_length_reads_as_nothing()
    {
        using var temp = new TempFolder();
        SiteConfigCache.Save(new BuildCache(temp.Path), "key", new SiteConfig());
        var file = Directory.GetFiles(temp.Path).Single();
        // The header and key kept, then the title's length prefix made a 7-bit number that never ends.
        using (var reader = new BinaryReader(File.OpenRead(file)))
        {
            reader.ReadBytes(File.ReadAllText(file).IndexOf('\n', StringComparison.Ordinal) + 1);
            reader.ReadString();
            var at = reader.BaseStream.Position;
            reader.Close();
            var bytes = File.ReadAllBytes(file);
            for (var i = 0; i < 5; i++) bytes[at + i] = 0xFF;
            File.WriteAllBytes(file, bytes);
        }

        Assert.Null(SiteConfigCache.Read(new BuildCache(temp.Path), "key"));
    }

    [Fact]
    public void The_key_follows_the_text()
        => Assert.NotEqual(SiteConfigCache.KeyOf("title: A\n"), SiteConfigCache.KeyOf("title: B\n"));

    private static string Describe(object? value)
        => value is IEnumerable<string> list ? "[" + string.Join("|", list) + "]" : value?.ToString() ?? "null";
}
