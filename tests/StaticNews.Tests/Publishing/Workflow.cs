using StaticNews.Scaffold;
using YamlDotNet.RepresentationModel;

namespace StaticNews.Tests.Publishing;

/// <summary>
/// A GitHub workflow or action file read with YamlDotNet, with the few questions the publishing
/// tests ask of it; and the workflows under test: this repository's and the ones `new` writes.
/// </summary>
internal sealed class Workflow
{
    public static readonly GeneratorReference TestGenerator = new("newsroom/staticnews-fork", "0123456789abcdef0123456789abcdef01234567");

    public Workflow(string name, string text)
    {
        Name = name;
        Text = text;
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        Root = (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    public string Name { get; }

    public string Text { get; }

    public YamlMappingNode Root { get; }

    /// <summary>"repository", "artifact" or "branch": this repository's workflow, or the one `new --deploy …` writes.</summary>
    public static Workflow Named(string name) => name == "repository"
        ? FromFile(Path.Combine(RepoPaths.Root, ".github", "workflows", "pages.yml"))
        : new Workflow(name, Generated(name == "branch" ? DeployMethod.Branch : DeployMethod.Artifact, TestGenerator));

    public static Workflow FromFile(string file) => new(Path.GetRelativePath(RepoPaths.Root, file), File.ReadAllText(file));

    /// <summary>The workflow file a fresh `new` site holds.</summary>
    public static string Generated(DeployMethod deploy, GeneratorReference generator)
    {
        using var temp = new TempFolder();
        var written = SiteScaffold.Create(temp["site"], deploy, generator);
        Assert.Contains(PagesWorkflow.FileName, written);
        return File.ReadAllText(Path.Combine(temp["site"], PagesWorkflow.FileName));
    }

    public IEnumerable<KeyValuePair<string, YamlMappingNode>> Jobs =>
        ((YamlMappingNode)Root["jobs"]).Children.Select(j => KeyValuePair.Create(((YamlScalarNode)j.Key).Value!, (YamlMappingNode)j.Value));

    /// <summary>The steps of every job, or of a composite action (runs.steps).</summary>
    public List<YamlMappingNode> Steps => Root.Children.ContainsKey("jobs")
        ? Jobs.SelectMany(j => StepsOf(j.Value)).ToList()
        : ((YamlSequenceNode)((YamlMappingNode)Root["runs"])["steps"]).Cast<YamlMappingNode>().ToList();

    public static List<YamlMappingNode> StepsOf(YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().ToList();

    public static string? Value(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    public static YamlMappingNode? Mapping(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? value as YamlMappingNode : null;

    public static string? With(YamlMappingNode step, string key) => Mapping(step, "with") is { } with ? Value(with, key) : null;

    public static bool Uses(YamlMappingNode step, string action) => Value(step, "uses")?.StartsWith(action + "@", StringComparison.Ordinal) == true;

    public static Dictionary<string, string> Permissions(YamlMappingNode node) =>
        Mapping(node, "permissions")?.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!) ?? [];

    public override string ToString() => Name;
}
