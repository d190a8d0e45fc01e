using System.CommandLine;
using StaticNews.Scaffold;

namespace StaticNews.Cli;

/// <summary>`new DIR`: a site skeleton that builds at once and publishes on GitHub Pages when pushed.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to create (must be new or empty)." };
        var generator = new Option<string>("--generator")
        {
            Description = "The StaticNews the site's workflow builds with: owner/repository@ref, a GitHub repository holding StaticNews's action.yml and a tag or commit of it.",
            DefaultValueFactory = _ => GeneratorReference.Default.ToString(),
        };
        var deploy = new Option<string>("--deploy")
        {
            Description = "How the workflow publishes: 'artifact' uploads the whole site each time (Pages source: GitHub Actions); 'branch' pushes only the changed files to a gh-pages branch (for large archives).",
            DefaultValueFactory = _ => "artifact",
        };
        deploy.AcceptOnlyFromAmong("artifact", "branch");
        var command = new Command("new", "Create a new site: input/site.yml, a sample seed and the GitHub Pages workflow.");
        command.Arguments.Add(folder);
        command.Options.Add(generator);
        command.Options.Add(deploy);
        command.SetAction(result =>
        {
            var dir = result.GetValue(folder)!;
            var method = result.GetValue(deploy) == "branch" ? DeployMethod.Branch : DeployMethod.Artifact;
            GeneratorReference pinned;
            try
            {
                pinned = GeneratorReference.Parse(result.GetValue(generator)!);
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 2;
            }
            try
            {
                foreach (var file in SiteScaffold.Create(dir, method, pinned)) Console.WriteLine($"  {Path.Combine(dir, file)}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 2;
            }
            var publish = method == DeployMethod.Branch
                ? "pushes the built site to the gh-pages branch, sending only the files that changed"
                : "uploads the built site to GitHub Pages";
            var pages = method == DeployMethod.Branch
                ? "after its first run, turn on Pages (Source: Deploy from a branch, gh-pages, / (root))"
                : "turn on Pages (Source: GitHub Actions)";
            Console.WriteLine($"""
                {PagesWorkflow.FileName} builds with uses: {pinned} (StaticNews's GitHub Action at that ref; change it with --generator) and {publish}.
                A new site is in {dir}. Next:
                  cd {dir}
                  staticnews serve        (or: dotnet run --project <StaticNews> -- serve)
                Put your texts in input/seeds/, push to GitHub, and {pages}.
                """);
            return 0;
        });
        return command;
    }
}
