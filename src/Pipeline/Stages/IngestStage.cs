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
        IEnricher enricher = new DeferredEnricher(() =>
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

        var key = IngestKey.For(state.Config, state.Zone, paths.SitePlaces);
        var ingestor = new Ingestor(paths, new SeedParser(state.Config.Boilerplate, dates), [enricher],
            new SeedDateLookup(paths.Seeds), state.Zone, state.Diagnostics, key.TrustsArticles(paths.Cache), state.InputHashes.Of, paths.Cache);
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
