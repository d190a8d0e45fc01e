using System.CommandLine;
using StaticNews.Checking;

namespace StaticNews.Cli;

/// <summary>`check`: verify a built site (links, anchors, assets, feeds, sitemap, orphans) before publishing it.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output") { Description = "The built site to check.", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "The URL the site was built for (default: read from its robots.txt)." };
        var command = new Command("check", "Check a built site: every internal link, anchor and asset resolves, feeds are Atom, the sitemap lists exactly the pages, nothing is orphaned.");
        command.Options.Add(output);
        command.Options.Add(baseUrl);
        command.SetAction(result =>
        {
            var folder = result.GetValue(output)!;
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"error: {folder}: no built site here (run build first)");
                return 2;
            }
            var url = result.GetValue(baseUrl) is { } given
                ? Uri.TryCreate(given, UriKind.Absolute, out var parsed) ? parsed : null
                : SiteChecker.BaseUrlFromRobots(folder);
            if (url == null)
            {
                Console.Error.WriteLine("error: give --base-url (an absolute URL): it could not be read from robots.txt");
                return 2;
            }

            var report = new SiteChecker(folder, url).Run();
            foreach (var finding in report.Findings) Console.Error.WriteLine($"error: {folder}/{finding}");
            Console.WriteLine($"checked {report.Pages} pages, {report.Links} links, {report.Feeds} feeds, {report.SitemapEntries} sitemap entries under {url}");
            Console.WriteLine(report.Clean ? "no problems found" : $"{report.Findings.Count} problems found");
            return report.Clean ? 0 : 1;
        });
        return command;
    }
}
