using System.CommandLine;
using StaticNews.Configuration;

namespace StaticNews.Cli;

/// <summary>The folder options every command shares, with the defaults DESIGN.md names.</summary>
internal sealed class CommonOptions
{
    public Option<string> Input { get; } = new("--input") { Description = "The site's input folder (site.yml, seeds/, articles/).", DefaultValueFactory = _ => "input" };
    public Option<string> Output { get; } = new("--output") { Description = "Where the built site goes.", DefaultValueFactory = _ => "output" };
    public Option<string> Theme { get; } = new("--theme") { Description = "The theme folder (layouts/, assets/, i18n/); default ./theme, else the theme that ships with StaticNews.", DefaultValueFactory = _ => DefaultTheme() };

    /// <summary>
    /// ./theme when the site has one (the repository, a site with its own theme), else the theme
    /// copied beside the program: that is what makes the installed tool work in any folder.
    /// </summary>
    private static string DefaultTheme()
    {
        const string local = "theme";
        var bundled = Path.Combine(AppContext.BaseDirectory, "theme");
        return Directory.Exists(local) || !Directory.Exists(bundled) ? local : bundled;
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Output);
        command.Options.Add(Theme);
    }

    public SitePaths Paths(ParseResult result)
        => SitePaths.Resolve(result.GetValue(Input)!, result.GetValue(Output)!, result.GetValue(Theme)!);
}
