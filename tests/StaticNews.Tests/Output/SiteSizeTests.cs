using StaticNews.Output;

namespace StaticNews.Tests.Output;

/// <summary>Where a site's bytes go: every output path has a kind, and the kinds add up to the site.</summary>
public class SiteSizeTests
{
    [Theory]
    [InlineData("2023/09/22/aserbajdsjan-aabner/index.html", "article pages")]
    [InlineData("2023/index.html", "year and month pages")]
    [InlineData("2023/09/index.html", "year and month pages")]
    [InlineData("2023/09/page/3/index.html", "year and month pages")]
    [InlineData("index.html", "front pages")]
    [InlineData("page/12/index.html", "front pages")]
    [InlineData("tags/index.html", "tag pages")]
    [InlineData("tags/a-z/s/index.html", "tag pages")]
    [InlineData("tags/ilham-aliyev/page/2/index.html", "tag pages")]
    [InlineData("locations/armenien/index.html", "location pages")]
    [InlineData("locations/armenien/feed.xml", "feeds")]
    [InlineData("feed.xml", "feeds")]
    [InlineData("sitemap.xml", "sitemap")]
    [InlineData("sitemap-2.xml", "sitemap")]
    [InlineData("search/f/0002707f3373f11c.json.gz", "search index")]
    [InlineData("search/index.html", "search index")]
    [InlineData("assets/style.css", "theme assets")]
    [InlineData("404.html", "other pages")]
    [InlineData("robots.txt", "other files")]
    public void Each_output_path_has_a_kind(string path, string kind) => Assert.Equal(kind, SiteSize.KindOf(path));

    [Fact]
    public void The_kinds_add_up_to_the_site_largest_first()
    {
        var size = SiteSize.Of(new Dictionary<string, long>
        {
            ["2023/09/22/a/index.html"] = 9_000, ["2023/09/22/b/index.html"] = 8_000,
            ["search/f/1.json"] = 3_000, ["feed.xml"] = 20_000, ["robots.txt"] = 50,
        });

        Assert.Equal(40_050, size.Bytes);
        Assert.Equal(5, size.Files);
        Assert.Equal(["feeds", "article pages", "search index", "other files"], size.Parts.Select(p => p.Kind));
        Assert.Equal(new SiteSize.Part("article pages", 17_000, 2), size.Parts[1]);
        Assert.Equal("feeds 20.0 KB (1 files), article pages 17.0 KB (2 files)", size.Largest(2));
    }

    [Fact]
    public void Kinds_of_as_many_bytes_are_listed_by_name()
    {
        var size = SiteSize.Of(new Dictionary<string, long> { ["tags/a/index.html"] = 10, ["feed.xml"] = 10, ["2023/09/22/a/index.html"] = 10 });

        Assert.Equal(["article pages", "feeds", "tag pages"], size.Parts.Select(p => p.Kind));
    }

    [Theory]
    [InlineData(999, "999 bytes")]
    [InlineData(15_400, "15.4 KB")]
    [InlineData(366_856_734, "366.9 MB")]
    [InlineData(1_000_000_000, "1.00 GB")]
    public void Sizes_are_printed_in_decimal_units_as_hosts_state_their_limits(long bytes, string text) => Assert.Equal(text, SiteSize.Format(bytes));
}
