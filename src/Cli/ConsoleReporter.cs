using System.Globalization;
using Spectre.Console;
using StaticNews.Diagnostics;
using StaticNews.Output;
using StaticNews.Pipeline;
using StaticNews.Site;

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

    /// <summary>
    /// Runs a build, showing its progress: on a terminal a spinner naming the running stage and
    /// the stages done with their times; in a log (CI, a pipe) one plain line per stage.
    /// </summary>
    public BuildResult Run(Func<Action<string>, BuildResult> build)
    {
        if (!_interactive) return build(Stage);
        var started = System.Diagnostics.Stopwatch.StartNew();
        string? current = null;
        void Done()
        {
            if (current != null) AnsiConsole.MarkupLine($"[green]✓[/] {Markup.Escape(current)} [grey]{started.Elapsed.TotalSeconds:0.00} s[/]");
        }
        var result = AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start("starting", status => build(name =>
        {
            Done();
            current = name;
            started.Restart();
            status.Status(Markup.Escape(name) + "…");
        }));
        Done();
        return result;
    }

    /// <summary>One line for a rebuild while serving: errors in full, then how it went.</summary>
    public static void Short(BuildResult result, TextWriter output, TextWriter errors)
    {
        foreach (var diagnostic in result.Diagnostics.All.Where(d => d.Severity == Severity.Error))
            errors.WriteLine(diagnostic.ToString());
        if (result.FatalError != null)
        {
            // Nothing was written: the pages on screen are the last good build's, and saying
            // "rebuilt" here would claim the change is on them.
            errors.WriteLine("error: " + result.FatalError);
            errors.WriteLine("rebuild failed: still serving the previous build (fix the error above and save again)");
            return;
        }
        var seconds = result.TotalTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        output.WriteLine($"rebuilt in {seconds} s: {result.Diagnostics.WarningCount} warnings, {result.Diagnostics.ErrorCount} errors");
    }

    public void Summary(BuildResult result)
    {
        foreach (var diagnostic in result.Diagnostics.All)
            (diagnostic.Severity == Severity.Error ? errors : output).WriteLine(diagnostic.ToString());
        if (result.FatalError != null) errors.WriteLine("error: " + result.FatalError);

        var state = result.State;
        var rows = new List<(string, string)>();
        if (state.CheckOutcome is { } check) rows.Add(("check", check));
        if (state.Ingest is { } ingest)
            rows.Add(("seeds", $"{ingest.Seeds} ({ingest.Created} new, {ingest.Updated} updated, {ingest.Unchanged} unchanged, {ingest.Reused} of them reused without parsing, {ingest.KeptEdited} edited by hand, {ingest.Failed} failed)"));
        if (state.Ingest is { Removed: > 0 and var removed })
            rows.Add(("removed", $"{removed} article{(removed == 1 ? "" : "s")} whose seed was deleted"));
        if (state.Model is { } model)
        {
            rows.Add(("articles", model.Articles.Count.ToString(CultureInfo.InvariantCulture)));
            if (model.Articles.Count > 0) rows.Add(("dates from", DateSourceCounts.Of(model.Articles)));
            rows.Add(("tags", model.Tags.Count.ToString(CultureInfo.InvariantCulture)));
            rows.Add(("locations", model.Locations.Count.ToString(CultureInfo.InvariantCulture)));
        }
        if (state.Rendered.Files > 0)
            rows.Add(("pages", $"{state.Rendered.Html} HTML, {state.Rendered.Files} files"));
        if (state.RenderedOutput is { } written)
            rows.Add(("written", $"{written.Written.Count} files written, {written.Removed} removed"));
        if (state.Size is { } size)
        {
            var perArticle = state.Model is { Articles.Count: > 0 } m ? $", {SiteSize.Format(size.Bytes / m.Articles.Count)} per article" : "";
            rows.Add(("bytes", $"{SiteSize.Format(size.Bytes)} in {size.Files.ToString("N0", CultureInfo.InvariantCulture)} files{perArticle}, "
                + $"{(100.0 * size.Bytes / state.Config.MaxSiteBytes).ToString("0.0", CultureInfo.InvariantCulture)} % of max_site_bytes ({SiteSize.Format(state.Config.MaxSiteBytes)})"));
            foreach (var part in size.Parts)
                rows.Add(($"bytes {part.Kind}", $"{SiteSize.Format(part.Bytes)} in {part.Files.ToString("N0", CultureInfo.InvariantCulture)} files"));
        }
        if (state is { NothingChanged: true, LastBuild: { } same })
        {
            rows.Add(("seeds", $"{same.Seeds} (all unchanged)"));
            rows.Add(("articles", same.Articles.ToString(CultureInfo.InvariantCulture)));
            if (same.DateSources.Length > 0) rows.Add(("dates from", same.DateSources));
            rows.Add(("tags", same.Tags.ToString(CultureInfo.InvariantCulture)));
            rows.Add(("locations", same.Locations.ToString(CultureInfo.InvariantCulture)));
            rows.Add(("pages", $"{same.Html} HTML, {same.Files} files"));
            rows.Add(("written", "0 files written, 0 removed (inputs and output/ unchanged since the last build)"));
        }
        var skipped = result.Diagnostics.All.Where(d => d.Severity == Severity.Error).Select(d => d.File).Distinct().ToList();
        if (skipped.Count > 0)
            rows.Add(("skipped", $"{skipped.Count}: {string.Join(", ", skipped.Take(10))}{(skipped.Count > 10 ? ", …" : "")}"));
        rows.Add(("warnings", result.Diagnostics.WarningCount.ToString(CultureInfo.InvariantCulture)));
        rows.Add(("errors", (result.Diagnostics.ErrorCount + (result.FatalError == null ? 0 : 1)).ToString(CultureInfo.InvariantCulture)));
        foreach (var (stage, time, cpu, peak) in result.Timings) rows.Add(($"time {stage}", $"{time.TotalSeconds:0.000} s (cpu {cpu.TotalSeconds:0.000} s, peak memory {peak / (1024 * 1024)} MiB)"));
        rows.Add(("time total", $"{result.TotalTime.TotalSeconds:0.000} s (cpu {result.TotalCpu.TotalSeconds:0.000} s)"));

        if (_interactive)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("StaticNews").AddColumn("").AddColumn("");
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
            : state.NothingChanged ? "site up to date"
            : state.Model == null ? "ingest done" : "site built";
        output.WriteLine(verdict);
    }
}
