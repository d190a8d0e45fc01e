using StaticNews.Diagnostics;

namespace StaticNews.Tests.Hostile;

/// <summary>Hostile inputs too big or too platform-bound to keep as fixture files, made at test time.</summary>
public class GeneratedHostileInputTests
{
    [Fact]
    public void A_20_MB_single_line_seed_is_refused_with_its_size_and_the_rest_builds()
    {
        using var site = new TestSite("tv2-borgmestre.txt");
        File.WriteAllText(Path.Combine(site.Seeds, "dump.txt"), string.Concat(Enumerable.Repeat("Byrådet i Vejle mødtes i går. ", 700_000)));
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics.All, d => d.Severity == Severity.Error);
        Assert.EndsWith("dump.txt", error.File);
        Assert.Contains("MB", error.Message);
        Assert.Single(result.State.Model!.Articles);
    }

    [Fact]
    public void Symbolic_links_out_of_input_are_refused_and_links_inside_it_are_followed()
    {
        using var site = new TestSite("tv2-borgmestre.txt");
        using var elsewhere = new TempFolder();
        var secret = Path.Combine(elsewhere.Path, "secret.txt");
        File.WriteAllText(secret, "Hemmelig tekst\n\nDette må aldrig blive publiceret.\n");
        File.CreateSymbolicLink(Path.Combine(site.Seeds, "link-out.txt"), secret);
        File.CreateSymbolicLink(Path.Combine(site.Articles, "link-out.md"), "/etc/hostname");
        Directory.CreateDirectory(Path.Combine(site.Input, "kopier"));
        File.Copy(RepoPaths.Fixture("seeds", "tv2-billund.txt"), Path.Combine(site.Input, "kopier", "billund.txt"));
        File.CreateSymbolicLink(Path.Combine(site.Seeds, "link-in.txt"), Path.Combine(site.Input, "kopier", "billund.txt"));

        var result = site.Build();

        Assert.Contains(result.Diagnostics.All, d => d.File.EndsWith("link-out.txt") && d.Message.Contains("symbolic link"));
        Assert.Contains(result.Diagnostics.All, d => d.File.EndsWith("link-out.md") && d.Message.Contains("symbolic link"));
        Assert.DoesNotContain(result.State.Model!.Articles, a => a.Meta.Title.Contains("Hemmelig"));
        Assert.Contains(result.State.Model.Articles, a => a.Meta.Title.StartsWith("Billund havde"));
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain("aldrig blive publiceret", File.ReadAllText(file));
    }

    [Fact]
    public void Fifty_thousand_seeds_in_one_folder_are_all_ingested()
    {
        using var site = new TestSite();
        for (var i = 0; i < 50_000; i++)
            File.WriteAllText(Path.Combine(site.Seeds, $"{i:D5}.txt"), $"Kort nyhed nummer {i}\n\nByrådet i Vejle mødtes i dag for {i}. gang.\n");

        var report = site.Ingest().State.Ingest!;

        Assert.Equal(50_000, report.Created);
        Assert.Equal(0, report.Failed);
        Assert.Equal(50_000, Directory.EnumerateFiles(site.Articles, "*.md").Count());
    }

    [Theory]
    [InlineData(1_000, "nested 33 deep")]
    [InlineData(5_000, "million characters")]
    public void A_list_nested_thousands_deep_is_refused_in_load_within_seconds(int depth, string reason)
    {
        using var site = new TestSite("tv2-borgmestre.txt");
        var lines = Enumerable.Range(0, depth).Select(d => new string(' ', 2 * d) + "- niveau " + d);
        File.WriteAllText(Path.Combine(site.Articles, "dyb-liste.md"), "---\ntitle: Dyb liste\ndate: 2023-03-08T10:00:00+01:00\n---\n\n" + string.Join("\n", lines) + "\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics.All, d => d.Severity == Severity.Error);
        Assert.EndsWith("dyb-liste.md", error.File);
        Assert.Contains(reason, error.Message);
        Assert.Single(result.State.Model!.Articles);
        // Markdig took minutes over such a list; refused by its budget it costs the time of reading it.
        var load = result.Timings.Single(t => t.Stage == "load").Cpu;
        Assert.True(load < TimeSpan.FromSeconds(10), $"load took {load} of CPU time");
    }
}
