using System.Text.RegularExpressions;
using System.Xml.Linq;
using YamlDotNet.RepresentationModel;

namespace StaticNews.Tests.Publishing;

/// <summary>
/// The GitHub Pages workflows (this repository's and the one `new` writes) are valid YAML and do
/// what the README promises: run on pushes to input/ and on demand, full history, the Pages base
/// URL as --base-url, caches, and the official Pages actions.
/// </summary>
public class PagesWorkflowTests
{
    public static TheoryData<string> Workflows() => new()
    {
        Path.Combine(RepoPaths.Root, ".github", "workflows", "pages.yml"),
        Path.Combine(RepoPaths.Root, "templates", "new-site", ".github", "workflows", "pages.yml"),
    };

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(file)) stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static List<YamlMappingNode> Steps(YamlMappingNode root) =>
        ((YamlMappingNode)root["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => (YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().ToList();

    private static string? Value(YamlMappingNode step, string key) =>
        step.Children.TryGetValue(key, out var node) ? ((YamlScalarNode)node).Value : null;

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [MemberData(nameof(Workflows))]
    public void The_workflow_parses_and_uses_the_official_pages_actions(string file)
    {
        var root = Load(file);

        var on = (YamlMappingNode)root["on"];
        Assert.Contains(new YamlScalarNode("workflow_dispatch"), on.Children.Keys);
        var paths = (YamlSequenceNode)((YamlMappingNode)on["push"])["paths"];
        Assert.Contains(paths, p => ((YamlScalarNode)p).Value == "input/**");

        var permissions = (YamlMappingNode)root["permissions"];
        Assert.Equal("write", ((YamlScalarNode)permissions["pages"]).Value);
        Assert.Equal("write", ((YamlScalarNode)permissions["id-token"]).Value);

        var steps = Steps(root);
        var uses = steps.Select(s => Value(s, "uses")).Where(u => u != null).Select(u => u!.Split('@')[0]).ToList();
        foreach (var action in new[] { "actions/checkout", "actions/configure-pages", "actions/cache", "actions/upload-pages-artifact", "actions/deploy-pages" })
            Assert.Contains(action, uses);

        var checkout = steps.Single(s => Value(s, "uses")?.StartsWith("actions/checkout@") == true);
        Assert.Equal("0", ((YamlScalarNode)((YamlMappingNode)checkout["with"])["fetch-depth"]).Value);

        var configure = steps.Single(s => Value(s, "uses")?.StartsWith("actions/configure-pages@") == true);
        var id = Value(configure, "id");
        var build = steps.Single(s => Value(s, "run")?.Contains(" build ") == true);
        Assert.Contains($"--base-url \"${{{{ steps.{id}.outputs.base_url }}}}/\"", Value(build, "run"));

        // The site's cache: the one that keeps output/ (this repository's workflow has a second one).
        var cache = steps.Single(s => Value(s, "uses")?.StartsWith("actions/cache@") == true
            && Lines(Value((YamlMappingNode)s["with"], "path")!).Contains("output"));
        var cached = Value((YamlMappingNode)cache["with"], "path")!;
        Assert.Contains("~/.nuget/packages", cached);
        Assert.Contains(".cache", cached);

        var upload = steps.Single(s => Value(s, "uses")?.StartsWith("actions/upload-pages-artifact@") == true);
        Assert.Equal("output", Value((YamlMappingNode)upload["with"], "path"));
    }

    [Fact]
    public void This_repository_builds_with_the_native_binary_it_caches_under_a_key_of_everything_compiled_into_it()
    {
        var steps = Steps(Load(Path.Combine(RepoPaths.Root, ".github", "workflows", "pages.yml")));
        var publish = steps.Single(s => Value(s, "run")?.Contains("-p:PublishAot=true") == true);
        var folder = Regex.Match(Value(publish, "run")!, @" -o (\S+)").Groups[1].Value;
        Assert.NotEmpty(folder);

        // The build runs that binary, and the publish runs only when its cache missed.
        var build = steps.Single(s => Value(s, "run")?.Contains(" build ") == true);
        Assert.StartsWith(folder + "/StaticNews build ", Value(build, "run"));
        var binaryCache = steps.Single(s => Value(s, "uses")?.StartsWith("actions/cache@") == true
            && Value((YamlMappingNode)s["with"], "path") == folder);
        Assert.Equal($"steps.{Value(binaryCache, "id")}.outputs.cache-hit != 'true'", Value(publish, "if"));
        Assert.True(steps.IndexOf(binaryCache) < steps.IndexOf(publish) && steps.IndexOf(publish) < steps.IndexOf(build));

        // A stale binary would build with old code: the key hashes every file the project compiles or
        // embeds, so each top folder (or file) the project file names must be in hashFiles(...).
        var key = Value((YamlMappingNode)binaryCache["with"], "key")!;
        var hashed = Regex.Matches(Regex.Match(key, @"hashFiles\(([^)]*)\)").Groups[1].Value, "'([^']+)'").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("StaticNews.csproj", hashed);
        var project = XDocument.Load(Path.Combine(RepoPaths.Root, "StaticNews.csproj"));
        var compiled = project.Descendants().Where(e => e.Name.LocalName is "Compile" or "EmbeddedResource")
            .Select(e => e.Attribute("Include")!.Value).ToList();
        Assert.NotEmpty(compiled);
        foreach (var include in compiled)
        {
            var top = include.Split('/')[0];
            Assert.True(hashed.Contains(top + "/**") || hashed.Contains(include), $"{include} is compiled into the binary but not in its cache key");
        }
    }
}
