using System.IO.Compression;
using StaticNews.Enrichment.Entities;

namespace StaticNews.Tests.Enrichment.Entities;

/// <summary>
/// The shipped weights (data/ner/weights.bin) as the model loads them, against the file read here
/// field by field as its format says: magic, labels, scale, transitions, count, ascending hashes as
/// deltas, then the 16-bit weights label by label.
/// </summary>
public class NerModelTests
{
    private static readonly string WeightFile = Path.Combine(RepoPaths.Root, "data", "ner", "weights.bin");

    private sealed record FileWeights(float Scale, float[] Transitions, ulong[] Hashes, short[] Quantized);

    private static FileWeights ReadFile(Stream file)
    {
        using var reader = new BinaryReader(new GZipStream(file, CompressionMode.Decompress));
        Assert.Equal("StaticNews-NER-1", reader.ReadString());
        var labels = reader.ReadInt32();
        Assert.Equal(BioLabels.Count, labels);
        var scale = reader.ReadSingle();
        var transitions = new float[(labels + 1) * labels];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = reader.ReadSingle();
        var hashes = new ulong[reader.ReadInt32()];
        ulong hash = 0;
        for (var i = 0; i < hashes.Length; i++) hashes[i] = hash += reader.ReadUInt64();
        var quantized = new short[hashes.Length * labels];
        for (var y = 0; y < labels; y++)
            for (var i = 0; i < hashes.Length; i++)
                quantized[i * labels + y] = reader.ReadInt16();
        return new FileWeights(scale, transitions, hashes, quantized);
    }

    [Fact]
    public void Loads_every_feature_of_the_shipped_file_with_its_weights()
    {
        FileWeights file;
        using (var stream = File.OpenRead(WeightFile)) file = ReadFile(stream);
        var model = NerModel.LoadBundled();
        var labels = BioLabels.Count;

        Assert.True(model.IsQuantized);
        Assert.Equal(file.Scale, model.Scale);
        Assert.Equal(file.Transitions, model.Transitions);
        Assert.True(file.Hashes.Length > 10_000, $"only {file.Hashes.Length} features in the file");
        // What the tagger reads: each feature's 16-bit weights, and nothing for a feature the file lacks.
        var sums = new int[labels];
        for (var i = 0; i < file.Hashes.Length; i++)
        {
            Array.Clear(sums);
            model.AddQuantized(file.Hashes[i], sums);
            Assert.Equal(file.Quantized.AsSpan(i * labels, labels).ToArray().Select(w => (int)w), sums);
        }
        Array.Clear(sums);
        model.AddQuantized(Enumerable.Range(1, 1000).Select(k => (ulong)k * 0x9E3779B97F4A7C15UL).First(h => Array.BinarySearch(file.Hashes, h) < 0), sums);
        Assert.All(sums, s => Assert.Equal(0, s));
        // What training and Decode read: a row per feature in the file's order, weights = integers × scale.
        Assert.Equal(file.Hashes.Length, model.Rows.Count);
        Assert.All(file.Hashes.Select((h, i) => (h, i)), r => Assert.Equal(r.i, model.Rows[r.h]));
        Assert.Equal(file.Quantized.Select(q => q * file.Scale), model.Weights);
        Assert.Equal(file.Quantized, model.Quantized);
    }

    [Fact]
    public void Saves_a_loaded_model_as_the_same_weights()
    {
        FileWeights shipped;
        using (var stream = File.OpenRead(WeightFile)) shipped = ReadFile(stream);
        using var saved = new MemoryStream();
        NerModel.LoadBundled().Save(saved);
        saved.Position = 0;
        var again = ReadFile(saved);
        Assert.Equal(shipped.Scale, again.Scale);
        Assert.Equal(shipped.Transitions, again.Transitions);
        Assert.Equal(shipped.Hashes, again.Hashes);
        Assert.Equal(shipped.Quantized, again.Quantized);
    }
}
