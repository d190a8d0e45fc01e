namespace StaticNews.Tests.Cli;

/// <summary>The real executable, run as a person or CI would run it: exit codes and messages.</summary>
public class CommandLineTests
{
    private static (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] args)
        => StaticNewsExecutable.Run(workingDirectory, args);

    private static TestSite SiteWithTheme(params string[] seeds)
    {
        var site = new TestSite(seeds);
        CopyTree(RepoPaths.Theme, Path.Combine(site.Root, "theme"));
        return site;
    }

    private static void CopyTree(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    [Fact]
    public void With_no_arguments_it_builds_input_into_output_and_prints_a_summary()
    {
        using var site = SiteWithTheme("ritzau-amnesti.txt", "tv2-billund.txt");
        var (exit, output, error) = Run(site.Root);
        Assert.True(exit == 0, error + output);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.Contains("articles: 2", output);
        Assert.Contains("locations:", output);
        Assert.Contains("time render:", output);
        Assert.Contains("site built", output);
    }

    [Fact]
    public void The_summary_says_where_the_bytes_go_and_a_site_over_its_budget_exits_2_naming_the_largest_kinds()
    {
        using var site = SiteWithTheme("ritzau-amnesti.txt", "tv2-billund.txt");
        var (exit, output, error) = Run(site.Root);
        Assert.True(exit == 0, error + output);
        Assert.Matches(@"bytes: [\d.]+ KB in \d+ files, [\d.]+ KB per article, [\d.]+ % of max_site_bytes \(1\.00 GB\)", output);
        Assert.Matches(@"bytes article pages: [\d.]+ KB in 2 files", output);
        Assert.Contains("bytes search index:", output);

        File.AppendAllText(Path.Combine(site.Input, "site.yml"), "max_site_bytes: 10000\n");
        var (over, overOutput, overError) = Run(site.Root, "build");
        Assert.Equal(2, over);
        Assert.Matches(@"error: write: .*site\.yml: the site would hold [\d.]+ KB in \d+ files, \d+ % of max_site_bytes \(10\.0 KB\); largest: ", overError);
        Assert.Contains("build failed: output/ left as it was", overOutput);
    }

    [Fact]
    public void Help_lists_the_commands_and_build_options()
    {
        var (exit, output, _) = Run(AppContext.BaseDirectory, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("build", output);
        Assert.Contains("ingest", output);
        var (buildExit, buildHelp, _) = Run(AppContext.BaseDirectory, "build", "--help");
        Assert.Equal(0, buildExit);
        foreach (var option in new[] { "--input", "--output", "--theme", "--base-url", "--drafts" })
            Assert.Contains(option, buildHelp);
    }

    [Fact]
    public void A_broken_article_is_named_with_its_line_the_rest_builds_and_the_exit_code_says_so()
    {
        using var site = SiteWithTheme("ritzau-amnesti.txt");
        File.WriteAllText(Path.Combine(site.Articles, "broken.md"), "---\ntitle: Ødelagt\ndate: 2023-01-01\ntags: [unclosed\n---\nTekst\n");

        var (exit, output, error) = Run(site.Root, "build");
        Assert.Equal(1, exit);
        Assert.Matches(@"error: input/articles/broken\.md:\d+: front matter is not valid YAML", error);
        Assert.Contains("articles: 1", output);
        Assert.Contains("skipped: 1: input/articles/broken.md", output);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));

        var (keepGoing, _, _) = Run(site.Root, "build", "--keep-going");
        Assert.Equal(0, keepGoing);
    }

    [Fact]
    public void A_broken_site_yml_stops_the_build_names_the_line_and_keeps_the_old_output()
    {
        using var site = SiteWithTheme("ritzau-amnesti.txt");
        Assert.Equal(0, Run(site.Root).ExitCode);
        var before = File.ReadAllText(Path.Combine(site.Output, "index.html"));

        File.WriteAllText(Path.Combine(site.Input, "site.yml"), "title: Test\npage_size: [1, 2\n");
        var (exit, _, error) = Run(site.Root, "build");

        Assert.Equal(2, exit);
        Assert.Matches(@"site\.yml:\d+", error);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void Ingest_writes_Markdown_and_no_site()
    {
        using var site = SiteWithTheme("tv2-borgmestre.txt");
        var (exit, output, _) = Run(site.Root, "ingest");
        Assert.Equal(0, exit);
        Assert.Contains("1 new", output);
        Assert.Single(site.ArticleFiles());
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_bad_base_url_is_refused_with_a_reason()
    {
        using var site = SiteWithTheme("tv2-borgmestre.txt");
        var (exit, _, error) = Run(site.Root, "build", "--base-url", "not a url");
        Assert.Equal(2, exit);
        Assert.Contains("--base-url must be an absolute http(s) URL", error);
    }
}
