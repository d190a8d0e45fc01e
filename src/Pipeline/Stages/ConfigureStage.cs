using StaticNews.Configuration;

namespace StaticNews.Pipeline.Stages;

/// <summary>Checks the input folder is where it should be (<see cref="InputFolderCheck"/>), reads site.yml and applies command-line overrides (--base-url).</summary>
public sealed class ConfigureStage : IBuildStage
{
    public string Name => "config";

    public BuildState Run(BuildState state)
    {
        InputFolderCheck.Check(state.Options.Paths, state.Diagnostics);
        var config = SiteConfigLoader.Load(state.Options.Paths.SiteFile, state.Options.Paths.Cache);
        if (state.Options.BaseUrl is { } baseUrl)
        {
            if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new SiteConfigException($"--base-url must be an absolute http(s) URL such as https://example.github.io/archive/, not '{baseUrl}'");
            config = config with { BaseUrl = baseUrl };
        }
        return state with { Config = config, Zone = TimeZoneInfo.FindSystemTimeZoneById(config.TimeZone) };
    }
}
