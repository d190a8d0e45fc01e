using System.Text.RegularExpressions;
using System.Xml.Linq;
using YamlDotNet.RepresentationModel;
using static StaticNews.Tests.Publishing.Workflow;

namespace StaticNews.Tests.Publishing;

/// <summary>
/// action.yml, the composite action a site's workflow pins (`uses: owner/repo@ref`): it builds
/// with the StaticNews of its own checkout, compiled to native code once per version of the code
/// and restored from actions/cache after that; no StaticNews package is fetched from a feed.
/// (actionlint checks workflows, not action metadata; these tests read the action's structure.)
/// </summary>
public class StaticNewsActionTests
{
    private static readonly Workflow Action = FromFile(Path.Combine(RepoPaths.Root, "action.yml"));

    [Fact]
    public void It_is_a_composite_action_whose_only_required_input_is_the_base_url()
    {
        Assert.Equal("composite", Value((YamlMappingNode)Action.Root["runs"], "using"));
        var inputs = ((YamlMappingNode)Action.Root["inputs"]).Children.ToDictionary(i => ((YamlScalarNode)i.Key).Value!, i => (YamlMappingNode)i.Value);
        Assert.Equal("true", Value(inputs["base-url"], "required"));
        Assert.Equal("input", Value(inputs["input"], "default"));
        Assert.Equal("output", Value(inputs["output"], "default"));
        Assert.Equal("", Value(inputs["theme"], "default"));
        Assert.All(inputs.Where(i => i.Key != "base-url"), i => Assert.NotEqual("true", Value(i.Value, "required")));
        // Every step of a composite action that runs a script must name its shell.
        Assert.All(Action.Steps.Where(s => Value(s, "run") != null), s => Assert.Equal("bash", Value(s, "shell")));
    }

    [Fact]
    public void The_build_runs_the_cached_binary_and_dotnet_is_set_up_only_to_publish_it_on_a_miss()
    {
        var steps = Action.Steps;
        var cache = steps.Single(s => Uses(s, "actions/cache"));
        var hit = $"steps.{Value(cache, "id")}.outputs.cache-hit != 'true'";
        var setup = steps.Single(s => Uses(s, "actions/setup-dotnet"));
        var publish = steps.Single(s => Value(s, "run")?.Contains("-p:PublishAot=true") == true);
        var build = steps.Single(s => Mapping(s, "env")?.Children.ContainsKey(new YamlScalarNode("STATICNEWS")) == true);
        Assert.Contains("build --input", Value(build, "run"));
        Assert.Equal(hit, Value(setup, "if"));
        Assert.Equal(hit, Value(publish, "if"));
        Assert.Null(Value(build, "if"));
        Assert.True(steps.IndexOf(cache) < steps.IndexOf(setup) && steps.IndexOf(setup) < steps.IndexOf(publish) && steps.IndexOf(publish) < steps.IndexOf(build));

        // One folder: where the cache restores to, where the publish writes, what the build runs.
        var folder = With(cache, "path")!;
        Assert.Contains("-o \"$DIR\"", Value(publish, "run"));
        Assert.Equal(folder, Value(Mapping(publish, "env")!, "DIR"));
        Assert.Equal(folder + "/StaticNews", Value(Mapping(build, "env")!, "STATICNEWS"));
        Assert.Contains("\"$STATICNEWS\"", Value(build, "run"));
        Assert.Contains(".outputs.hash }}", With(cache, "key"));

        // The inputs reach the program through the environment, never spliced into the script.
        Assert.DoesNotContain("${{", Value(build, "run"));
        var env = Mapping(build, "env")!;
        foreach (var input in new[] { "base-url", "input", "output", "theme" })
            Assert.Contains(env.Children.Values, v => ((YamlScalarNode)v).Value == $"${{{{ inputs.{input} }}}}");
    }

    [Fact]
    public void The_binary_is_compiled_for_the_processor_level_its_cache_key_and_folder_name()
    {
        var steps = Action.Steps;
        var source = steps.Single(s => Value(s, "id") == "source");
        var cache = steps.Single(s => Uses(s, "actions/cache"));
        var publish = steps.Single(s => Value(s, "run")?.Contains("-p:PublishAot=true") == true);

        // A binary compiled for AVX2 is only ever restored on a runner that has it.
        Assert.Contains("for flag in avx avx2 bmi1 bmi2 f16c fma abm movbe xsave", Value(source, "run"));
        Assert.Contains("echo \"dir=$HOME/.staticnews/$isa-$hash\"", Value(source, "run"));
        Assert.Contains(".outputs.isa }}", With(cache, "key"));
        Assert.Equal("${{ steps.source.outputs.isa }}", Value(Mapping(publish, "env")!, "ISA"));
        Assert.Contains("-p:IlcInstructionSet=\"$ISA\"", Value(publish, "run"));
    }

    [Fact]
    public void The_cache_key_hashes_every_file_the_project_compiles_embeds_or_copies_beside_the_binary()
    {
        // A stale binary would build with old code: each top folder (or file) the project file names
        // must be among what the key's step hashes, which runs in the action's own checkout.
        var source = Action.Steps.Single(s => Value(s, "run")?.Contains("sha256sum") == true);
        Assert.Equal("${{ github.action_path }}", Value(source, "working-directory"));
        var hashed = Regex.Match(Value(source, "run")!, @"find (?<paths>[^\n]+?) -type f").Groups["paths"].Value.Split(' ');
        Assert.Contains("StaticNews.csproj", hashed);
        var project = XDocument.Load(Path.Combine(RepoPaths.Root, "StaticNews.csproj"));
        var included = project.Descendants()
            .Where(e => e.Name.LocalName is "Compile" or "EmbeddedResource" || (e.Name.LocalName == "None" && e.Attribute("CopyToPublishDirectory") != null))
            .Select(e => e.Attribute("Include")!.Value).ToList();
        Assert.Contains(included, i => i.StartsWith("theme/", StringComparison.Ordinal));
        foreach (var include in included)
            Assert.True(hashed.Contains(include.Split('/')[0]) || hashed.Contains(include), $"{include} goes into the binary but not into its cache key");
    }

    [Fact]
    public void The_branch_deploy_action_runs_the_push_script_beside_it_with_its_inputs_from_the_environment()
    {
        var folder = Path.Combine(RepoPaths.Root, "actions", "deploy-branch");
        var action = FromFile(Path.Combine(folder, "action.yml"));
        Assert.Equal("composite", Value((YamlMappingNode)action.Root["runs"], "using"));
        var step = action.Steps.Single();
        Assert.Equal("bash", Value(step, "shell"));
        var script = Regex.Match(Value(step, "run")!, @"\$GITHUB_ACTION_PATH/(?<script>[\w.-]+)").Groups["script"].Value;
        Assert.True(File.Exists(Path.Combine(folder, script)), $"{script} is not beside the action");
        if (!OperatingSystem.IsWindows())
            Assert.True((File.GetUnixFileMode(Path.Combine(folder, script)) & UnixFileMode.UserExecute) != 0, $"{script} is not executable");
        Assert.DoesNotContain("${{", Value(step, "run"));
    }
}
