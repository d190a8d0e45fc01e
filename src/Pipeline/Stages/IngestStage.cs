using StaticNews.Pipeline.UpToDate;
using StaticNews.Configuration;
using StaticNews.Enrichment;
using StaticNews.Ingest;
using StaticNews.Text;

namespace StaticNews.Pipeline.Stages;

/// <summary>Seeds → Markdown files in input/articles/ (see <see cref="Ingestor"/>).</summary>
/// <param name="recognizer">The entity recogniser's load, when a stage before may have started it; null: ingest loads it itself.</param>
public sealed class IngestStage(Func<DateTimeOffset> clock, RecognizerLoad? recognizer = null) : IBuildStage
{
    public string Name => "ingest";

    public BuildState Run(BuildState state)
    {
        var paths = state.Options.Paths;
        var dates = new DanishDateParser(state.Zone);
        if (File.Exists(paths.SitePlaces) && RegularFile.WhyNot(paths.SitePlaces) is { } what)
            throw new SiteConfigException($"{SitePaths.Display(paths.SitePlaces)}: is {what}, not a file; expected the site's places (name: [other names])");
        var places = File.Exists(paths.SitePlaces) ? File.ReadAllText(paths.SitePlaces) : null;
        if (places != null) PlacesFileCheck.Check(paths.SitePlaces, places);
        var recognizerLoad = recognizer ?? new RecognizerLoad(paths.SitePlaces);
        var enricher = new DeferredEnricher(() =>
        [
            new TitleEnricher(), new SummaryEnricher(), new DateEnricher(clock(), state.Zone), new LanguageEnricher(state.Config.Language),
            new SlugEnricher(), new EntityEnricher(recognizerLoad.For(places)),
        ]);

        // The tagger loads on another thread while ingest lists the archive, when a seed will
        // likely need it (or is awaited there, when the check started it); asked there too (it
        // compares twenty thousand stamps).
        Task.Run(() =>
        {
            if (SeedsChanged(state)) enricher.Prepare();
        });

        var key = IngestKey.For(state.Config, state.Zone, paths.SitePlaces);
        var ingestor = new Ingestor(paths, new SeedReading(new SeedParser(state.Config.Boilerplate, dates), [enricher], new SeedDateLookup(paths.Seeds), state.Zone),
            state.Diagnostics, new IngestReuse(key.TrustsArticles(paths.Cache), state.InputHashes.Of, paths.Cache)
            {
                // The check walked both folders a moment ago: its listing stands in for walking them again.
                Seeds = state.InputStamps?.Listing(paths.Input, "seeds", ".txt"),
                ArticleFiles = state.InputStamps?.TopFiles(paths.Input, "articles"),
            });
        var report = ingestor.Run();
        key.Save(paths.Cache);
        return state with
        {
            Ingest = report,
            InputHashes = state.InputHashes.Without(report.ChangedFiles),
            InputStamps = state.InputStamps?.With(paths.Input, report.ChangedFiles),
        };
    }

    /// <summary>
    /// Whether the check found a file of input/seeds/ that the last build did not see as it is now
    /// (a new or changed seed, or their metadata): a seed is then likely drafted, so the tagger is
    /// worth loading before ingest gets to it.
    /// Without a record (a first build, a fresh clone) nothing is assumed.
    /// </summary>
    private static bool SeedsChanged(BuildState state)
    {
        if (state.LastBuild is not { } last || state.InputStamps is not { } now) return false;
        const string seeds = "input/seeds/";
        // Both lists are in the fingerprint's order (ordinal by path): walked side by side, with no
        // table of ten thousand seeds. Lists out of that order would only make the guess wrong.
        var before = last.Stamps;
        var b = 0;
        foreach (var stamp in now.Stamps)
        {
            if (!stamp.Path.StartsWith(seeds, StringComparison.Ordinal)) continue;
            while (b < before.Count && string.CompareOrdinal(before[b].Path, stamp.Path) < 0) b++;
            if (b == before.Count || before[b].Path != stamp.Path || before[b].Hash != stamp.Hash) return true;
        }
        return false;
    }
}
