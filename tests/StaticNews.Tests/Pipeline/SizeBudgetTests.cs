using StaticNews.Diagnostics;

namespace StaticNews.Tests.Pipeline;

/// <summary>
/// site.yml's max_site_bytes: a build that comes near it warns, one past it fails before output/
/// is replaced (so no deploy step runs after it), and both name the kinds of file that weigh most.
/// </summary>
public class SizeBudgetTests
{
    private static void Budget(TestSite site, long maxBytes)
        => File.WriteAllText(Path.Combine(site.Input, "site.yml"), $"title: Testarkiv\nbase_url: https://example.org/\nlanguage: da\nmax_site_bytes: {maxBytes}\n");

    [Fact]
    public void A_site_within_its_budget_builds_quietly_and_its_bytes_by_kind_add_up_to_output()
    {
        using var site = new TestSite("ritzau-amnesti.txt", "tv2-billund.txt");
        var result = site.Build();

        Assert.True(result.Succeeded, result.FatalError);
        var size = result.State.Size!;
        var onDisk = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.Equal(onDisk, size.Bytes);
        Assert.Equal(size.Bytes, size.Parts.Sum(p => p.Bytes));
        Assert.Contains(size.Parts, p => p.Kind == "article pages" && p.Files == 2);
        Assert.DoesNotContain(result.Diagnostics.All, d => d.Message.Contains("max_site_bytes"));
    }

    [Fact]
    public void Past_80_percent_of_the_budget_the_build_warns_and_names_the_largest_kinds()
    {
        using var site = new TestSite("ritzau-amnesti.txt", "tv2-billund.txt");
        var bytes = site.Build().State.Size!.Bytes;
        Budget(site, bytes * 10 / 9); // 90 %

        var result = site.Build();

        Assert.True(result.Succeeded, result.FatalError);
        var warning = Assert.Single(result.Diagnostics.All, d => d.Message.Contains("max_site_bytes"));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("site.yml", warning.File);
        Assert.Contains("90 % of max_site_bytes", warning.Message);
        Assert.Contains($"largest: {result.State.Size!.Parts[0].Kind} ", warning.Message);
    }

    [Fact]
    public void Past_the_budget_the_build_fails_and_output_keeps_the_previous_site()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        var first = site.Build();
        var before = SiteBuild.Snapshot(site.Output);
        site.AddSeed("tv2-billund.txt");
        Budget(site, first.State.Size!.Bytes); // the first site fits exactly; with a second article it does not

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.NotNull(result.FatalError);
        Assert.Contains("max_site_bytes", result.FatalError);
        Assert.Matches(@"largest: ([a-z ]+ [\d.]+ KB \(\d+ files\), ){2}[a-z ]+ [\d.]+ KB \(\d+ files\)\.", result.FatalError);
        Assert.Contains("was not replaced", result.FatalError);
        Assert.Equal(before, SiteBuild.Snapshot(site.Output));
    }

    [Fact]
    public void A_budget_of_no_bytes_is_refused_naming_the_key()
    {
        using var site = new TestSite("ritzau-amnesti.txt");
        Budget(site, 0);

        var result = site.Build();

        Assert.Contains("site.yml:4: max_site_bytes: expected a number of bytes of at least 1 (GitHub Pages allows 1000000000), got \"0\"", result.FatalError);
    }
}
