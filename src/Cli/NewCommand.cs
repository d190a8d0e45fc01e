using System.CommandLine;
using StaticNews.Scaffold;

namespace StaticNews.Cli;

/// <summary>`new DIR`: a site skeleton that builds at once and publishes on GitHub Pages when pushed.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to create (must be new or empty)." };
        var command = new Command("new", "Create a new site: input/site.yml, a sample seed and the GitHub Pages workflow.");
        command.Arguments.Add(folder);
        command.SetAction(result =>
        {
            var dir = result.GetValue(folder)!;
            try
            {
                foreach (var file in SiteScaffold.Create(dir)) Console.WriteLine($"  {Path.Combine(dir, file)}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 2;
            }
            Console.WriteLine($"""
                A new site is in {dir}. Next:
                  cd {dir}
                  staticnews serve        (or: dotnet run --project <StaticNews> -- serve)
                Put your texts in input/seeds/, push to GitHub, and turn on Pages (Source: GitHub Actions).
                """);
            return 0;
        });
        return command;
    }
}
