using System.CommandLine;
using StaticNews.Pipeline;

namespace StaticNews.Cli;

/// <summary>`ingest`: turn seeds into Markdown files only, so they can be reviewed and edited before a build.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var command = new Command("ingest", "Turn input/seeds/*.txt into input/articles/*.md (never overwriting an edited file).");
        common.AddTo(command);
        command.SetAction(result =>
        {
            var options = new BuildOptions(common.Paths(result), IngestOnly: true);
            var report = new ConsoleReporter(Console.Out, Console.Error);
            var outcome = BuildPipeline.For(options).Run(options, report.Stage);
            report.Summary(outcome);
            return outcome.FatalError != null ? 2 : outcome.Succeeded ? 0 : 1;
        });
        return command;
    }
}
