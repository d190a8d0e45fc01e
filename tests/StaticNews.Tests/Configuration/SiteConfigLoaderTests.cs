using StaticNews.Caching;
using StaticNews.Configuration;

namespace StaticNews.Tests.Configuration;

public class SiteConfigLoaderTests
{
    [Fact]
    public void A_second_load_of_the_same_text_comes_from_the_cache()
    {
        using var temp = new TempFolder();
        var site = temp["site.yml"];
        var cache = new BuildCache(temp["cache"]);
        File.WriteAllText(site, "title: Arkivet\npage_size: 7\n");
        var first = SiteConfigLoader.Load(site, cache);

        // Settings planted under the same key show that the second load never parsed the file.
        SiteConfigCache.Save(cache, SiteConfigCache.KeyOf(File.ReadAllText(site)), first with { Title = "Fra cachen" });
        var second = SiteConfigLoader.Load(site, cache);

        Assert.Equal("Arkivet", first.Title);
        Assert.Equal(7, first.PageSize);
        Assert.Equal("Fra cachen", second.Title);
    }

    [Fact]
    public void A_changed_site_yml_is_parsed_again()
    {
        using var temp = new TempFolder();
        var site = temp["site.yml"];
        var cache = new BuildCache(temp["cache"]);
        File.WriteAllText(site, "title: Arkivet\n");
        Assert.Equal("Arkivet", SiteConfigLoader.Load(site, cache).Title);

        File.WriteAllText(site, "title: Avisen\nfooter: Tak\n");
        var changed = SiteConfigLoader.Load(site, cache);

        Assert.Equal("Avisen", changed.Title);
        Assert.Equal("Tak", changed.Footer);
    }

    [Theory]
    [InlineData("title: Arkivet\npage_size: [1\n")]
    [InlineData("title: Arkivet\nno_such_setting: 1\n")]
    [InlineData("title: Arkivet\npage_size: 0\n")]
    [InlineData("time_zone: Mars/Olympus\n")]
    public void A_broken_site_yml_is_reported_the_same_with_a_cache_as_without(string broken)
    {
        using var temp = new TempFolder();
        var site = temp["site.yml"];
        var cache = new BuildCache(temp["cache"]);
        File.WriteAllText(site, "title: Arkivet\n");
        SiteConfigLoader.Load(site, cache);

        File.WriteAllText(site, broken);
        var without = Assert.Throws<SiteConfigException>(() => SiteConfigLoader.Load(site));
        var with = Assert.Throws<SiteConfigException>(() => SiteConfigLoader.Load(site, cache));
        var again = Assert.Throws<SiteConfigException>(() => SiteConfigLoader.Load(site, cache));

        Assert.StartsWith(site + ":", without.Message);
        Assert.Equal(without.Message, with.Message);
        Assert.Equal(without.Message, again.Message);
    }

    [Fact]
    public void A_missing_site_yml_means_the_defaults()
    {
        using var temp = new TempFolder();
        Assert.Equal("StaticNews", SiteConfigLoader.Load(temp["site.yml"], new BuildCache(temp["cache"])).Title);
    }
}
