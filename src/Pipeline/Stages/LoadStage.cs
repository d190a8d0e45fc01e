using StaticNews.Pipeline.UpToDate;
using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Site;

namespace StaticNews.Pipeline.Stages;

/// <summary>
/// Reads input/articles/*.md and builds the site model (taxonomies, archive, related). An article
/// dated more than a day after <paramref name="clock"/>'s now is published, with a warning: a year
/// typed wrong (2999) would otherwise sit silently at the top of every list.
/// </summary>
public sealed class LoadStage(Func<DateTimeOffset> clock) : IBuildStage
{
    public string Name => "load";

    public BuildState Run(BuildState state)
    {
        // The check of output/ runs beside load, which leaves the other core idle; render waits for it.
        state.OutputSinceLastBuild?.Start();
        var paths = state.Options.Paths;
        // The check's listing, with what ingest wrote since, stands in for walking input/articles/ again.
        var loaded = SiteLoader.Load(paths.Articles, paths.Input, state.Zone, state.Options.IncludeDrafts, state.Diagnostics, paths.Cache, state.InputHashes.Of,
            state.InputStamps?.Listing(paths.Input, "articles", ".md"));
        var latest = clock().AddDays(1);
        foreach (var (article, file) in loaded)
        {
            if (article.FrontMatter.Date > latest)
                state.Diagnostics.Warn(SitePaths.Display(file), $"is dated {ArticleFileFormat.FormatDate(article.FrontMatter.Date)}, more than a day in the future: is the year right? (it is published with that date)");
        }
        return state with { Loaded = loaded, Model = SiteModelBuilder.Build(state.Config, loaded, state.Zone) };
    }
}
