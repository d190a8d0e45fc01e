namespace StaticNews.Enrichment.Entities;

/// <summary>
/// Tags the tokens of one sentence with BIO labels (<see cref="BioLabels"/>): the statistical
/// model (<see cref="NerModel"/> over <see cref="NerFeatures"/>), which already sees the place
/// list and the common-word lexicon as features.
/// </summary>
public sealed class EntityTagger(NerFeatures features, NerModel model)
{
    public EntityTagger(Gazetteer places, CommonWords commonWords, NerModel model)
        : this(new NerFeatures(places, commonWords, BundledProperNouns.Value), model)
    {
    }

    private static readonly Lazy<NerModel> BundledModel = new(NerModel.LoadBundled);
    private static readonly Lazy<ProperNouns> BundledProperNouns = new(ProperNouns.LoadBundled);

    /// <summary>The tagger with the weights that ship with the generator (loaded once per process).</summary>
    public static EntityTagger Bundled(Gazetteer places, CommonWords commonWords) => new(places, commonWords, BundledModel.Value);

    /// <summary>One label index per token.</summary>
    public int[] Tag(IReadOnlyList<string> tokens) => model.Decode(features.Extract(tokens));
}
