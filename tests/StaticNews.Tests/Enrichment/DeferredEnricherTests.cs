using StaticNews.Content;
using StaticNews.Enrichment;

namespace StaticNews.Tests.Enrichment;

/// <summary>
/// The enricher chain ingest builds only when a draft needs it (the entity tagger is slow to
/// load), and may start building on another thread when a seed is likely to need it.
/// </summary>
public class DeferredEnricherTests
{
    private static readonly ArticleDraft Draft = new() { Title = "Havnen", Blocks = [new TextBlock(TextBlockKind.Paragraph, "Skibene kommer igen.", 2)] };

    private sealed class Marking(string mark) : IEnricher
    {
        public ArticleDraft Enrich(ArticleDraft draft) => draft with { Title = draft.Title + mark };
    }

    [Fact]
    public void The_chain_is_built_once_when_the_first_draft_needs_it_and_runs_in_order()
    {
        var builds = 0;
        var enricher = new DeferredEnricher(() =>
        {
            builds++;
            return [new Marking(" a"), new Marking(" b")];
        });
        Assert.Equal(0, builds);

        Assert.Equal("Havnen a b", enricher.Enrich(Draft).Title);
        Assert.Equal("Havnen a b", enricher.Enrich(Draft).Title);
        Assert.Equal(1, builds);
    }

    [Fact]
    public async Task A_chain_prepared_ahead_on_another_thread_is_the_one_drafts_use()
    {
        var builds = 0;
        var enricher = new DeferredEnricher(() =>
        {
            Interlocked.Increment(ref builds);
            return [new Marking(" a")];
        });

        await Task.Run(enricher.Prepare);

        Assert.Equal(1, builds);
        Assert.Equal("Havnen a", enricher.Enrich(Draft).Title);
        Assert.Equal(1, builds);
    }

    [Fact]
    public void A_chain_that_fails_to_build_ahead_fails_the_first_draft_not_the_preparation()
    {
        var enricher = new DeferredEnricher(() => throw new InvalidDataException("the place list is damaged"));

        enricher.Prepare();

        var failure = Assert.Throws<InvalidDataException>(() => enricher.Enrich(Draft));
        Assert.Equal("the place list is damaged", failure.Message);
    }
}
