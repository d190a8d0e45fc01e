namespace StaticNews.Tests.Cli;

/// <summary>`new DIR` then `build` in that folder, with the real executable and no theme/ in sight: it builds at once.</summary>
[Trait("Category", "Slow")]
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
}
