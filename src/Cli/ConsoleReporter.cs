using System.Globalization;
using Spectre.Console;
using StaticNews.Diagnostics;
using StaticNews.Pipeline;

namespace StaticNews.Cli;

/// <summary>
/// Tells the person at the terminal (or the CI log) what the build is doing and how it went:
/// one line per stage, every diagnostic with file and line, and a closing summary. A terminal
/// gets a table; a log gets plain lines.
/// </summary>
internal sealed class ConsoleReporter(TextWriter output, TextWriter errors)
{
    private readonly bool _interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") == null;

    public void Stage(string name) => output.WriteLine($"» {name}");

    public void Summary(BuildResult result)
    {
        foreach (var diagnostic in result.Diagnostics.All)
            (diagnostic.Severity == Severity.Error ? errors : output).WriteLine(diagnostic.ToString());
        if (result.FatalError != null) errors.WriteLine("error: " + result.FatalError);

        var state = result.State;
        var rows = new List<(string, string)>();
        if (state.Ingest is { } ingest)
            rows.Add(("seeds", $"{ingest.Seeds} ({ingest.Created} new, {ingest.Updated} updated, {ingest.Unchanged} unchanged, {ingest.KeptEdited} edited by hand, {ingest.Failed} failed)"));
        if (state.Model is { } model)
        {
            rows.Add(("articles", model.Articles.Count.ToString(CultureInfo.InvariantCulture)));
            rows.Add(("tags", model.Tags.Count.ToString(CultureInfo.InvariantCulture)));
            rows.Add(("locations", model.Locations.Count.ToString(CultureInfo.InvariantCulture)));
        }
        if (state.Rendered.Files > 0)
            rows.Add(("pages", $"{state.Rendered.Html} HTML, {state.Rendered.Files} files"));
        if (state.Output is { } written)
            rows.Add(("written", $"{written.Written} files written, {written.Removed} removed"));
        rows.Add(("warnings", result.Diagnostics.WarningCount.ToString(CultureInfo.InvariantCulture)));
        rows.Add(("errors", (result.Diagnostics.ErrorCount + (result.FatalError == null ? 0 : 1)).ToString(CultureInfo.InvariantCulture)));
        foreach (var (stage, time) in result.Timings) rows.Add(($"time {stage}", $"{time.TotalSeconds:0.000} s"));
        rows.Add(("time total", $"{result.Timings.Sum(t => t.Time.TotalSeconds):0.000} s"));

        if (_interactive)
        {
            var table = new Table().AddColumn("").AddColumn("");
            table.HideHeaders();
            foreach (var (key, value) in rows) table.AddRow(Markup.Escape(key), Markup.Escape(value));
            AnsiConsole.Write(table);
        }
        else
        {
            foreach (var (key, value) in rows) output.WriteLine($"{key}: {value}");
        }
        var verdict = result.FatalError != null ? "build failed: output/ left as it was"
            : result.Diagnostics.ErrorCount > 0 ? "built, but some inputs were skipped (see errors above)"
            : state.Model == null ? "ingest done" : "site built";
        output.WriteLine(verdict);
    }
}
