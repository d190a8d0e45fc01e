namespace StaticNews.Tests.Cli;

/// <summary>`new DIR` then `build` in that folder, with the real executable and no theme/ in sight: it builds at once.</summary>
public class NewCommandTests
{
    private static (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] args)
        => StaticNewsExecutable.Run(workingDirectory, args);

    [Fact]
    public void A_new_site_builds_at_once_with_the_bundled_theme()
    {
        using var temp = new TempFolder();
        var (code, output, error) = Run(temp.Path, "new", "mit-arkiv");
        Assert.True(code == 0, output + error);
        var site = temp["mit-arkiv"];
        foreach (var file in new[] { "input/site.yml", "input/seeds/eksempel.txt", ".github/workflows/pages.yml", ".gitignore" })
            Assert.True(File.Exists(Path.Combine(site, file)), file + " is missing");
        Assert.False(Directory.Exists(Path.Combine(site, "theme")));

        (code, output, error) = Run(site, "build");
        Assert.True(code == 0, output + error);
        Assert.Contains("site built", output);
        var article = Directory.EnumerateFiles(Path.Combine(site, "output", "2025"), "index.html", SearchOption.AllDirectories)
            .Single(f => f.Contains("cykelsti"));
        Assert.Contains("Ny cykelsti langs havnen i Vejle åbner lørdag", File.ReadAllText(article));
        Assert.True(File.Exists(Path.Combine(site, "output", "assets", "style.css")));

        // A second `new` into the same folder refuses rather than overwrite a site.
        (code, _, error) = Run(temp.Path, "new", "mit-arkiv");
        Assert.Equal(2, code);
        Assert.Contains("not empty", error);
    }

    [Fact]
    public void New_says_which_StaticNews_the_workflow_pins_and_writes_that_one()
    {
        using var temp = new TempFolder();
        var (code, output, error) = Run(temp.Path, "new", "standard");
        Assert.True(code == 0, output + error);
        var pinned = StaticNews.Scaffold.GeneratorReference.Default.ToString();
        Assert.Contains($"uses: {pinned}", output);
        Assert.Contains($"uses: {pinned}", File.ReadAllText(Path.Combine(temp["standard"], ".github", "workflows", "pages.yml")));

        (code, output, error) = Run(temp.Path, "new", "stort-arkiv", "--generator", "newsroom/fork@v2.0.1", "--deploy", "branch");
        Assert.True(code == 0, output + error);
        Assert.Contains("uses: newsroom/fork@v2.0.1", output);
        Assert.Contains("gh-pages", output);
        var workflow = File.ReadAllText(Path.Combine(temp["stort-arkiv"], ".github", "workflows", "pages.yml"));
        Assert.Contains("uses: newsroom/fork@v2.0.1", workflow);
        Assert.Contains("uses: newsroom/fork/actions/deploy-branch@v2.0.1", workflow);
    }

    [Fact]
    public void A_generator_without_a_ref_is_refused_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var (code, _, error) = Run(temp.Path, "new", "arkiv", "--generator", "newsroom/fork");
        Assert.Equal(2, code);
        Assert.Contains("--generator 'newsroom/fork': expected owner/repository@ref", error);
        Assert.False(Directory.Exists(temp["arkiv"]));
    }
}
