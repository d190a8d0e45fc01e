using System.Text.RegularExpressions;
using StaticNews.Scaffold;
using YamlDotNet.RepresentationModel;
using static StaticNews.Tests.Publishing.Workflow;

namespace StaticNews.Tests.Publishing;

/// <summary>
/// The GitHub Pages workflows (this repository's, and the two `new` writes: the whole-site
/// artifact deploy and the gh-pages branch deploy) do what the README promises: run on pushes to
/// input/ and on demand, build with a pinned StaticNews (the action at the repository root) given
/// the Pages URL, keep the incremental build's cache, and grant each job only what it needs.
/// </summary>
public class PagesWorkflowTests
{
    public static TheoryData<string> Workflows() => new() { "repository", "artifact", "branch" };

    [Theory]
    [MemberData(nameof(Workflows))]
    public void It_runs_on_pushes_that_change_input_and_on_demand_with_the_full_history(string name)
    {
        var workflow = Named(name);
        var on = (YamlMappingNode)workflow.Root["on"];
        Assert.Contains(new YamlScalarNode("workflow_dispatch"), on.Children.Keys);
        var paths = (YamlSequenceNode)((YamlMappingNode)on["push"])["paths"];
        Assert.Contains(paths, p => ((YamlScalarNode)p).Value == "input/**");

        // A seed without a date in its text is dated by its commit: the checkout needs every commit.
        var checkout = workflow.Steps.Single(s => Uses(s, "actions/checkout"));
        Assert.Equal("0", With(checkout, "fetch-depth"));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Nothing_is_granted_to_the_whole_workflow_and_only_the_deploying_job_may_write(string name)
    {
        var workflow = Named(name);
        Assert.True(Permissions(workflow.Root).Values.All(v => v == "read"), $"{workflow}: the top-level permissions grant a write");
        foreach (var (job, body) in workflow.Jobs)
        {
            var granted = Permissions(body);
            Assert.True(body.Children.ContainsKey("permissions"), $"{workflow}: job {job} does not say which permissions it needs");
            var uses = StepsOf(body).Select(s => Value(s, "uses") ?? "").ToList();
            foreach (var (scope, level) in granted.Where(p => p.Value == "write"))
            {
                var allowed = scope switch
                {
                    "pages" or "id-token" => uses.Any(u => u.StartsWith("actions/deploy-pages@", StringComparison.Ordinal)),
                    "contents" => uses.Any(u => u.Contains("/actions/deploy-branch@", StringComparison.Ordinal)),
                    _ => false,
                };
                Assert.True(allowed, $"{workflow}: job {job} has {scope}: {level} but does not deploy with it");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void The_pinned_StaticNews_action_builds_the_site_with_the_pages_URL_and_keeps_its_cache(string name)
    {
        var workflow = Named(name);
        var steps = workflow.Steps;
        var expected = name == "repository" ? "./" : TestGenerator.ToString();
        var build = steps.Single(s => Value(s, "uses") == expected);
        // StaticNews comes from the pinned action, not from a package installed by name.
        Assert.DoesNotContain("dotnet tool install", workflow.Text);

        // The URL comes from a step before the build that gives base_url (configure-pages, or the
        // branch workflow's own look-up), with the trailing slash the base URL of a folder has.
        var reference = Regex.Match(With(build, "base-url") ?? "", @"^\$\{\{ steps\.(?<id>[a-z-]+)\.outputs\.base_url \}\}/$");
        Assert.True(reference.Success, $"{workflow}: base-url is '{With(build, "base-url")}'");
        var pages = steps.Single(s => Value(s, "id") == reference.Groups["id"].Value);
        Assert.True(steps.IndexOf(pages) < steps.IndexOf(build));

        // The incremental build's record and the last output/, restored before the build.
        var cache = steps.Single(s => Uses(s, "actions/cache"));
        var cached = With(cache, "path")!.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([".cache", "output"], cached.Order(StringComparer.Ordinal));
        Assert.True(steps.IndexOf(cache) < steps.IndexOf(build));
    }

    [Theory]
    [InlineData("repository")]
    [InlineData("artifact")]
    public void The_artifact_deploy_uploads_output_and_a_second_job_deploys_it(string name)
    {
        var workflow = Named(name);
        var (buildJob, build) = workflow.Jobs.Single(j => StepsOf(j.Value).Any(s => Uses(s, "actions/upload-pages-artifact")));
        var upload = StepsOf(build).Single(s => Uses(s, "actions/upload-pages-artifact"));
        Assert.Equal("output", With(upload, "path"));
        Assert.Contains(StepsOf(build), s => Uses(s, "actions/configure-pages"));

        var (_, deploy) = workflow.Jobs.Single(j => StepsOf(j.Value).Any(s => Uses(s, "actions/deploy-pages")));
        Assert.Equal(buildJob, Value(deploy, "needs"));
        Assert.Equal("github-pages", Value(Mapping(deploy, "environment")!, "name"));
    }

    [Fact]
    public void The_branch_deploy_pushes_output_to_gh_pages_with_the_same_pinned_StaticNews()
    {
        var workflow = Named("branch");
        var steps = workflow.Steps;
        var build = steps.Single(s => Value(s, "uses") == TestGenerator.ToString());
        var push = steps.Single(s => Value(s, "uses") == $"{TestGenerator.Repository}/actions/deploy-branch@{TestGenerator.Ref}");
        Assert.True(steps.IndexOf(build) < steps.IndexOf(push));
        Assert.Equal("output", With(push, "path"));
        Assert.Equal("gh-pages", With(push, "branch"));
        // The push uses the checkout's credentials: they must be kept.
        Assert.NotEqual("false", With(steps.Single(s => Uses(s, "actions/checkout")), "persist-credentials"));
        Assert.DoesNotContain(steps, s => Uses(s, "actions/upload-pages-artifact") || Uses(s, "actions/deploy-pages"));
    }

    [Fact]
    public void Each_official_action_is_used_at_one_major_version_everywhere()
    {
        var files = new[]
        {
            Named("repository"), Named("artifact"), Named("branch"),
            FromFile(Path.Combine(RepoPaths.Root, "action.yml")),
        };
        var versions = files.SelectMany(f => f.Steps.Select(s => (File: f.Name, Uses: Value(s, "uses"))))
            .Where(u => u.Uses?.StartsWith("actions/", StringComparison.Ordinal) == true)
            .Select(u => (u.File, Action: u.Uses!.Split('@')[0], Version: u.Uses.Split('@')[1]))
            .ToList();
        Assert.NotEmpty(versions);
        foreach (var action in versions.GroupBy(v => v.Action))
        {
            var seen = action.Select(v => v.Version).Distinct().ToList();
            Assert.True(seen.Count == 1, $"{action.Key} is used at {string.Join(", ", action.Select(v => $"{v.Version} in {v.File}"))}");
            Assert.Matches(@"^v\d+$", seen[0]);
        }
    }

    [Theory]
    [InlineData(DeployMethod.Artifact)]
    [InlineData(DeployMethod.Branch)]
    public void A_generated_workflow_names_only_the_generator_it_was_given(DeployMethod deploy)
    {
        var text = Generated(deploy, new GeneratorReference("someone/else", "v9.9.9"));
        Assert.Contains("someone/else@v9.9.9", text);
        Assert.DoesNotContain("__", text);
        Assert.DoesNotContain(GeneratorReference.Default.Repository, text);
    }
}
