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

    [Theory]
    [MemberData(nameof(Workflows))]
    public void The_workflow_parses_and_uses_the_official_pages_actions(string file)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(file)) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;

        var on = (YamlMappingNode)root["on"];
        Assert.Contains(new YamlScalarNode("workflow_dispatch"), on.Children.Keys);
        var paths = (YamlSequenceNode)((YamlMappingNode)on["push"])["paths"];
        Assert.Contains(paths, p => ((YamlScalarNode)p).Value == "input/**");

        var permissions = (YamlMappingNode)root["permissions"];
        Assert.Equal("write", ((YamlScalarNode)permissions["pages"]).Value);
        Assert.Equal("write", ((YamlScalarNode)permissions["id-token"]).Value);

        var steps = ((YamlMappingNode)root["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => (YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().ToList();
        string? Value(YamlMappingNode step, string key) => step.Children.TryGetValue(key, out var node) ? ((YamlScalarNode)node).Value : null;
        var uses = steps.Select(s => Value(s, "uses")).Where(u => u != null).Select(u => u!.Split('@')[0]).ToList();
        foreach (var action in new[] { "actions/checkout", "actions/configure-pages", "actions/cache", "actions/upload-pages-artifact", "actions/deploy-pages" })
            Assert.Contains(action, uses);

        var checkout = steps.Single(s => Value(s, "uses")?.StartsWith("actions/checkout@") == true);
        Assert.Equal("0", ((YamlScalarNode)((YamlMappingNode)checkout["with"])["fetch-depth"]).Value);

        var configure = steps.Single(s => Value(s, "uses")?.StartsWith("actions/configure-pages@") == true);
        var id = Value(configure, "id");
        var build = steps.Single(s => Value(s, "run")?.Contains(" build ") == true);
        Assert.Contains($"--base-url \"${{{{ steps.{id}.outputs.base_url }}}}/\"", Value(build, "run"));

        var cache = steps.Single(s => Value(s, "uses")?.StartsWith("actions/cache@") == true);
        var cached = Value((YamlMappingNode)cache["with"], "path")!;
        Assert.Contains("~/.nuget/packages", cached);
        Assert.Contains(".cache", cached);
        Assert.Contains("output", cached.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

        var upload = steps.Single(s => Value(s, "uses")?.StartsWith("actions/upload-pages-artifact@") == true);
        Assert.Equal("output", Value((YamlMappingNode)upload["with"], "path"));
    }
}
