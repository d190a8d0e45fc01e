using System.Buffers;
using System.Runtime.CompilerServices;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// Tags the tokens of one sentence with BIO labels (<see cref="BioLabels"/>): the statistical
/// model (<see cref="NerModel"/> over <see cref="NerFeatures"/>), which already sees the place
/// list and the common-word lexicon as features.
/// </summary>
public sealed class EntityTagger(NerFeatures features, NerModel model)
{
    public EntityTagger(Gazetteer places, CommonWords commonWords, NerModel model)
        : this(new NerFeatures(places, commonWords, ProperNouns.Bundled, TypedNames.Bundled), model)
    {
    }

    private static readonly Lazy<NerModel> BundledModel = new(NerModel.LoadBundled);

    private static readonly int Roles = Enum.GetValues<NerFeatures.Role>().Length;

    // Per word form, what the features see of it on its own, and the summed integer weights of the
    // features it gives a token in each role (NerFeatures.Role): about two thirds of a token's
    // features, looked up once per word form instead of once per token, and with its description
    // in one lookup per token. News text repeats its words, so the cache stays small.
    private sealed record KnownWord(NerFeatures.WordForm Form, int[] Sums);

    // Not rented from ArrayPool<ulong>.Shared: that pool's code is in no ReadyToRun image, and the
    // runtime would compile it in every build that tags an article.
    [ThreadStatic] private static ulong[]? t_hashes;

    private readonly WordCache<KnownWord> _known = new();
    private int[]? _edgeSums;

    /// <summary>The tagger with the weights that ship with the generator (loaded once per process).</summary>
    public static EntityTagger Bundled(Gazetteer places, CommonWords commonWords) => new(places, commonWords, BundledModel.Value);

    /// <summary>One label index per token.</summary>
    public int[] Tag(IReadOnlyList<string> tokens)
    {
        // A model still in training has no integer weights: score every feature as it comes.
        if (!model.IsQuantized) return model.Decode(features.Extract(tokens));

        var labels = BioLabels.Count;
        var n = tokens.Count;
        // Buffers from the shared pool, and the thread's own for the hashes: tagging a sentence
        // allocates nothing but its labels.
        var hashes = t_hashes is { } kept && kept.Length >= n * NerFeatures.MaxContextFeatures ? kept : t_hashes = new ulong[n * NerFeatures.MaxContextFeatures];
        var offsets = ArrayPool<int>.Shared.Rent(n + 1);
        var words = ArrayPool<int[]>.Shared.Rent(n);
        var forms = ArrayPool<NerFeatures.WordForm>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                var known = Know(tokens[i]);
                words[i] = known.Sums;
                forms[i] = known.Form;
            }
            var context = features.ExtractContext(forms.AsSpan(0, n), hashes, offsets);
            var edge = _edgeSums ??= Sums(null);

            var emissions = n * labels <= 2048 ? stackalloc float[n * labels] : new float[n * labels];
            Span<int> sums = stackalloc int[labels];
            for (var i = 0; i < n; i++)
            {
                sums.Clear();
                Add(sums, words[i], NerFeatures.Role.Self);
                Add(sums, i > 0 ? words[i - 1] : edge, NerFeatures.Role.Previous);
                Add(sums, i + 1 < n ? words[i + 1] : edge, NerFeatures.Role.Next);
                Add(sums, i > 1 ? words[i - 2] : edge, NerFeatures.Role.SecondPrevious);
                Add(sums, i + 2 < n ? words[i + 2] : edge, NerFeatures.Role.SecondNext);
                foreach (var hash in context.AsSpan(offsets[i], offsets[i + 1] - offsets[i])) model.AddQuantized(hash, sums);
                for (var y = 0; y < labels; y++) emissions[i * labels + y] = sums[y] * model.Scale;
            }
            return model.Viterbi(emissions, n);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(offsets);
            ArrayPool<int[]>.Shared.Return(words, clearArray: true);
            ArrayPool<NerFeatures.WordForm>.Shared.Return(forms, clearArray: true);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<int> sums, int[] wordSums, NerFeatures.Role role)
    {
        var part = wordSums.AsSpan((int)role * sums.Length, sums.Length);
        for (var y = 0; y < sums.Length; y++) sums[y] += part[y];
    }

    private KnownWord Know(string word)
    {
        if (_known.TryGet(word, out var known)) return known;
        var form = features.Describe(word);
        return _known.Add(word, new KnownWord(form, Sums(form)));
    }

    private int[] Sums(NerFeatures.WordForm? word)
    {
        var labels = BioLabels.Count;
        var sums = new int[Roles * labels];
        for (var role = 0; role < Roles; role++)
        {
            // The sentence edge has no word of its own; its Self part stays zero and is never read.
            if (word == null && role == (int)NerFeatures.Role.Self) continue;
            foreach (var hash in NerFeatures.WordHashes(word, (NerFeatures.Role)role))
                model.AddQuantized(hash, sums.AsSpan(role * labels, labels));
        }
        return sums;
    }
}
