using System.CommandLine;
using StaticNews.Pipeline;

namespace StaticNews.Cli;

/// <summary>`build`: ingest, then render the whole site into output/.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL the site is served from, e.g. https://example.github.io/archive/ (overrides site.yml)." };
        var drafts = new Option<bool>("--drafts") { Description = "Include articles marked draft: true." };
        var keepGoing = new Option<bool>("--keep-going") { Description = "Exit 0 even when some articles were skipped with errors." };
        var command = new Command("build", "Ingest new seeds and build the site (the default command).");
        common.AddTo(command);
        command.Options.Add(baseUrl);
        command.Options.Add(drafts);
        command.Options.Add(keepGoing);
        command.SetAction(result =>
        {
            var options = new BuildOptions(common.Paths(result), result.GetValue(baseUrl), result.GetValue(drafts));
            var report = new ConsoleReporter(Console.Out, Console.Error);
            var outcome = report.Run(onStage => BuildPipeline.For(options).Run(options, onStage));
            report.Summary(outcome);
            if (outcome.FatalError != null) return 2;
            return outcome.Succeeded || result.GetValue(keepGoing) ? 0 : 1;
        });
        return command;
    }
}
