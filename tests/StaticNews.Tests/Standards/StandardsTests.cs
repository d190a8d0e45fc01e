using System.Xml;
using System.Xml.Schema;
using StaticNews.Checking;
using StaticNews.Configuration;
using StaticNews.Corpus;
using StaticNews.Pipeline;

namespace StaticNews.Tests.Standards;

/// <summary>
/// What CI publishes is valid: the Nu Html Checker finds no error, the sitemap validates against
/// the Sitemaps 0.9 schema, and `check` finds nothing, on the sample site and on a generated
/// 1,000-article site.
/// </summary>
[Trait("Category", "Slow")]
public sealed class StandardsTests(StandardsTests.Sites sites) : IClassFixture<StandardsTests.Sites>
{
    public sealed class Sites : IDisposable
    {
        private readonly TempFolder _temp = new();
        public string Sample { get; }
        public string Generated { get; }
        public string SplitSitemap { get; }

        public Sites()
        {
            var input = _temp.CopyFrom(RepoPaths.SampleInput, "sample/input");
            Sample = Build(input, _temp["sample/output"]);

            var places = Path.Combine(RepoPaths.Root, "data", "gazetteer", "places.tsv");
            new CorpusGenerator(7, PlaceList.Read(places)).Write(_temp["generated"], 1000);
            Generated = Build(_temp["generated/input"], _temp["generated/output"]);

            var small = _temp.CopyFrom(RepoPaths.SampleInput, "split/input");
            File.AppendAllText(Path.Combine(small, "site.yml"), "\nsitemap_max_urls: 7\n");
            SplitSitemap = Build(small, _temp["split/output"]);
        }

        private static string Build(string input, string output)
        {
            var options = new BuildOptions(SitePaths.Resolve(input, output, RepoPaths.Theme), "https://example.github.io/archive/");
            var result = BuildPipeline.For(options).Run(options);
            Assert.True(result.Succeeded, result.FatalError + string.Join('\n', result.Diagnostics.All.Take(5)));
            return output;
        }

        public void Dispose() => _temp.Dispose();
    }

    public static TheoryData<string> SiteNames => ["sample", "generated"];

    private string Site(string name) => name == "sample" ? sites.Sample : sites.Generated;

    [Theory]
    [MemberData(nameof(SiteNames))]
    public void The_Nu_Html_Checker_finds_no_errors(string name)
    {
        var (exit, output) = ExternalTool.Run("java", ["-jar", ExternalTool.VnuJar, "--errors-only", "--skip-non-html", Site(name)], TimeSpan.FromMinutes(8));
        Assert.True(exit == 0 && output.Trim().Length == 0, $"vnu on the {name} site:\n{output}");
    }

    [Theory]
    [MemberData(nameof(SiteNames))]
    public void Check_finds_no_problems(string name)
    {
        var report = new SiteChecker(Site(name), new Uri("https://example.github.io/archive/")).Run();
        Assert.True(report.Clean, string.Join('\n', report.Findings.Take(20)));
        Assert.True(report.SitemapEntries > 40);
    }

    [Theory]
    [MemberData(nameof(SiteNames))]
    public void The_sitemap_validates_against_the_sitemaps_schema(string name)
        => ValidateSitemaps(Site(name));

    [Fact]
    public void A_sitemap_over_the_limit_becomes_a_valid_index_of_parts_listing_every_page()
    {
        var index = File.ReadAllText(Path.Combine(sites.SplitSitemap, "sitemap.xml"));
        Assert.Contains("<sitemapindex", index);
        Assert.True(File.Exists(Path.Combine(sites.SplitSitemap, "sitemap-2.xml")));
        ValidateSitemaps(sites.SplitSitemap);
        var report = new SiteChecker(sites.SplitSitemap, new Uri("https://example.github.io/archive/")).Run();
        Assert.True(report.Clean, string.Join('\n', report.Findings.Take(20)));
    }

    [Fact]
    public void The_schema_rejects_a_sitemap_that_breaks_the_protocol()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["sitemap.xml"], """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/relative/</loc><lastmod>yesterday</lastmod></url></urlset>
            """);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => ValidateSitemaps(temp.Path));
    }

    private static void ValidateSitemaps(string output)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add("http://www.sitemaps.org/schemas/sitemap/0.9", RepoPaths.Fixture("schemas", "sitemap.xsd"));
        var errors = new List<string>();
        foreach (var file in Directory.EnumerateFiles(output, "sitemap*.xml"))
        {
            var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
            settings.ValidationEventHandler += (_, e) => errors.Add($"{Path.GetFileName(file)}:{e.Exception.LineNumber}: {e.Message}");
            using var reader = XmlReader.Create(file, settings);
            while (reader.Read()) { }
        }
        Assert.Empty(errors);
    }
}
