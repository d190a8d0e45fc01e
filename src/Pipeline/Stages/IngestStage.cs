using StaticNews.Enrichment;
using StaticNews.Enrichment.Entities;
using StaticNews.Ingest;
using StaticNews.Text;

namespace StaticNews.Pipeline.Stages;

/// <summary>Seeds → Markdown files in input/articles/ (see <see cref="Ingestor"/>).</summary>
public sealed class IngestStage(Func<DateTimeOffset> clock) : IBuildStage
{
    public string Name => "ingest";

    public BuildState Run(BuildState state)
    {
        var paths = state.Options.Paths;
        var dates = new DanishDateParser(state.Zone);
        var enricher = new DeferredEnricher(() =>
        {
            var gazetteer = Gazetteer.LoadBundled();
            if (File.Exists(paths.SitePlaces)) gazetteer.AddSiteYaml(File.ReadAllText(paths.SitePlaces));
            var recognizer = new EntityRecognizer(gazetteer, CommonWords.LoadBundled());
            return
            [
                new TitleEnricher(), new SummaryEnricher(), new DateEnricher(clock()), new LanguageEnricher(state.Config.Language),
                new SlugEnricher(), new EntityEnricher(recognizer),
            ];
        });

        // The recogniser takes a fifth of a second to load: with a seed known to need it, that
        // happens beside the walk of the seeds and the store's listing of the articles.
        if (state.SeedsChanged) enricher.StartLoading();

        var key = IngestKey.For(state.Config, state.Zone, paths.SitePlaces);
        var ingestor = new Ingestor(paths, new SeedParser(state.Config.Boilerplate, dates), [enricher],
            new SeedDateLookup(paths.Seeds), state.Zone, state.Diagnostics, key.Matches(paths.Cache), state.InputHashes.Of, paths.Cache);
        var report = ingestor.Run();
        key.Save(paths.Cache);
        return state with
        {
            Ingest = report,
            InputHashes = state.InputHashes.Without(report.ChangedFiles),
            Stamps = state.Stamps?.With(paths.Input, report.ChangedFiles),
        };
    }
}
