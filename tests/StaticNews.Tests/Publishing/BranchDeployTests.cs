using System.Text.RegularExpressions;
using StaticNews.Tests.Standards;

namespace StaticNews.Tests.Publishing;

/// <summary>
/// actions/deploy-branch/push-site.sh, the branch deploy's push, against a local bare repository
/// standing in for GitHub: the branch holds exactly the site and .nojekyll in one commit, a second
/// deploy sends only the files that changed, and a deploy of the same site sends nothing.
/// </summary>
public class BranchDeployTests
{
    private static readonly string Script = Path.Combine(RepoPaths.Root, "actions", "deploy-branch", "push-site.sh");

    private static string Git(string directory, params string[] args)
    {
        var (code, output) = ExternalTool.Run("git", ["-C", directory, .. args], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, $"git {string.Join(' ', args)}: {output}");
        return output.Trim();
    }

    private static string Push(string checkout)
    {
        var (code, output) = ExternalTool.Run("bash", ["-c", $"cd '{checkout}' && '{Script}' site gh-pages origin"], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, output);
        return output.Replace('\r', '\n');
    }

    private static (string Remote, string Checkout) Repositories(TempFolder temp)
    {
        var remote = temp["remote.git"];
        Git(temp.Path, "init", "--quiet", "--bare", remote);
        Git(remote, "config", "uploadpack.allowFilter", "true"); // as GitHub allows partial fetches
        var checkout = temp["checkout"];
        Git(temp.Path, "init", "--quiet", checkout);
        Git(checkout, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "--quiet", "--allow-empty", "-m", "sources");
        Git(checkout, "remote", "add", "origin", remote);
        return (remote, checkout);
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void The_branch_holds_the_site_and_nojekyll_in_one_commit_and_a_second_deploy_sends_only_what_changed()
    {
        using var temp = new TempFolder();
        var (remote, checkout) = Repositories(temp);
        var site = Path.Combine(checkout, "site");
        Write(site, "index.html", "<h1>Forside</h1>");
        Write(site, "_assets/style.css", "body { margin: 0 }");
        for (var i = 0; i < 20; i++) Write(site, $"2024/artikel-{i}/index.html", $"<p>Artikel {i}</p>");

        var first = Push(checkout);
        Assert.Contains("pushed ", first);
        var files = Git(remote, "ls-tree", "-r", "--name-only", "gh-pages").Split('\n');
        Assert.Equal(23, files.Length);
        Assert.Contains(".nojekyll", files);
        Assert.Contains("_assets/style.css", files);
        Assert.Equal("1", Git(remote, "rev-list", "--count", "gh-pages"));

        // One article changed, one added, one removed.
        Write(site, "2024/artikel-3/index.html", "<p>Artikel 3, rettet</p>");
        Write(site, "2024/artikel-20/index.html", "<p>Artikel 20</p>");
        Directory.Delete(Path.Combine(site, "2024", "artikel-7"), recursive: true);
        var second = Push(checkout);
        Assert.Contains("changes on gh-pages: A 1, D 1, M 1", second);
        // Sent: two new files, their folders' trees (2024/, artikel-3/, artikel-20/), the root tree
        // and the commit; none of the 20 files the branch already had.
        var sent = Regex.Match(second, @"Writing objects: 100% \((\d+)/\d+\)");
        Assert.True(sent.Success, second);
        Assert.Equal(7, int.Parse(sent.Groups[1].Value));
        Assert.Equal("1", Git(remote, "rev-list", "--count", "gh-pages"));
        Assert.Equal("<p>Artikel 20</p>", Git(remote, "show", "gh-pages:2024/artikel-20/index.html"));
        Assert.Equal("", Git(remote, "ls-tree", "gh-pages", "2024/artikel-7"));

        var third = Push(checkout);
        Assert.Contains("already holds this site", third);
        // The checkout itself is left as it was: no branch, no index, no stray configuration.
        Assert.Equal("", Git(checkout, "branch", "--list", "gh-pages"));
        var (found, settings) = ExternalTool.Run("git", ["-C", checkout, "config", "--get-regexp", "promisor|partialclone"], TimeSpan.FromMinutes(1));
        Assert.True(found == 1, settings); // git config's "no such setting"
    }

    [Fact]
    public void A_folder_without_a_built_site_is_refused_before_anything_is_pushed()
    {
        using var temp = new TempFolder();
        var (remote, checkout) = Repositories(temp);
        Directory.CreateDirectory(Path.Combine(checkout, "site"));
        var (code, output) = ExternalTool.Run("bash", ["-c", $"cd '{checkout}' && '{Script}' site gh-pages origin"], TimeSpan.FromMinutes(1));
        Assert.Equal(2, code);
        Assert.Contains("site holds no index.html", output);
        Assert.Equal("", Git(remote, "branch", "--list"));
    }
}
