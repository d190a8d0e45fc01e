using System.IO.Compression;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// The recogniser's second stage: given the features of a name the first stage found
/// (<see cref="SpanFeatures"/>), decides whether it is a place, a person, an organisation or not
/// a name at all (DaN+'s products, titles and other MISC). A linear model, one weight per feature
/// and class; trained by tools/ner/train-spans.cs (averaged perceptron) on what the first stage
/// finds in DaN+ news training sentences it was not trained on (jackknifed), so it learns the
/// first stage's real mistakes. Ships as data/ner/spans.bin (gzip; 16-bit weights).
/// </summary>
public sealed class SpanClassifier
{
    private const string Magic = "StaticNews-NER-spans-1";

    /// <summary>The classes in weight order: not a name, then the entity types.</summary>
    public static readonly EntityType?[] Classes = [null, EntityType.Location, EntityType.Person, EntityType.Organisation];

    /// <summary>Row of each feature hash in <see cref="Weights"/>.</summary>
    public Dictionary<ulong, int> Rows { get; }

    /// <summary>Rows × <see cref="Classes"/> weights.</summary>
    public float[] Weights { get; }

    /// <summary>
    /// How far the best class must score above the first stage's to overrule it. Chosen in
    /// training by cross-validation: learnt from a few thousand examples, the classifier is right
    /// about most of its confident disagreements with the first stage, not about the close ones.
    /// </summary>
    public float Margin { get; }

    public SpanClassifier(Dictionary<ulong, int> rows, float[] weights, float margin = 0)
    {
        Rows = rows;
        Weights = weights;
        Margin = margin;
    }

    /// <summary>The score of each class (<see cref="Classes"/> order) for a span with these features.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var hash in features)
        {
            if (!Rows.TryGetValue(hash, out var row)) continue;
            for (var c = 0; c < Classes.Length; c++) scores[c] += Weights[row * Classes.Length + c];
        }
    }

    /// <summary>The best class's index in <see cref="Classes"/>; ties go to the lower index.</summary>
    public int Classify(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[Classes.Length];
        Score(features, scores);
        return Best(scores);
    }

    /// <summary>
    /// The class of a span the first stage gave <paramref name="firstStage"/> (an index in
    /// <see cref="Classes"/>): the best class if it beats that one by more than <see cref="Margin"/>.
    /// </summary>
    public int Classify(ReadOnlySpan<ulong> features, int firstStage)
    {
        Span<float> scores = stackalloc float[Classes.Length];
        Score(features, scores);
        var best = Best(scores);
        return scores[best] - scores[firstStage] > Margin ? best : firstStage;
    }

    private static int Best(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
            if (scores[c] > scores[best]) best = c;
        return best;
    }

    public static SpanClassifier LoadBundled()
    {
        using var stream = BundledData.Open("ner-spans.bin", "entity span classifier weights");
        return Load(stream);
    }

    /// <summary>Writes the weights, leaving out features whose every weight rounds to zero.</summary>
    public void Save(Stream stream)
    {
        var classes = Classes.Length;
        var scale = Weights.Select(Math.Abs).DefaultIfEmpty(0).Max() / short.MaxValue;
        if (scale == 0) scale = 1;
        var kept = Rows.Where(r => Enumerable.Range(0, classes).Any(c => Quantize(Weights[r.Value * classes + c], scale) != 0))
            .OrderBy(r => r.Key).ToList();
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(classes);
        writer.Write(scale);
        writer.Write(Margin);
        writer.Write(kept.Count);
        ulong previous = 0;
        foreach (var (hash, _) in kept)
        {
            writer.Write(hash - previous);
            previous = hash;
        }
        for (var c = 0; c < classes; c++)
            foreach (var (_, row) in kept)
                writer.Write(Quantize(Weights[row * classes + c], scale));
    }

    public static SpanClassifier Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadString() != Magic) throw new InvalidDataException("not a StaticNews span classifier weight file");
        var classes = reader.ReadInt32();
        if (classes != Classes.Length) throw new InvalidDataException($"weight file has {classes} classes, expected {Classes.Length}");
        var scale = reader.ReadSingle();
        var margin = reader.ReadSingle();
        var count = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        ulong hash = 0;
        for (var i = 0; i < count; i++)
        {
            hash += reader.ReadUInt64();
            rows[hash] = i;
        }
        var weights = new float[count * classes];
        for (var c = 0; c < classes; c++)
            for (var i = 0; i < count; i++)
                weights[i * classes + c] = reader.ReadInt16() * scale;
        return new SpanClassifier(rows, weights, margin);
    }

    private static short Quantize(float weight, float scale) => (short)Math.Round(weight / scale);
}
