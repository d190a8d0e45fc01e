using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// The weights of the entity tagger, a linear-chain model: for every feature hash a weight per
/// label, plus label-to-label transition weights; <see cref="Decode"/> finds the best tag
/// sequence of a sentence with Viterbi, never an I-X that does not continue an X. Trained by
/// tools/ner/train.cs (averaged structured perceptron on DaN+ news) and shipped as
/// data/ner/weights.bin (gzip; 16-bit weights).
/// </summary>
public sealed class NerModel
{
    private const string Magic = "StaticNews-NER-1";

    /// <summary>Row of each feature hash in <see cref="Weights"/>.</summary>
    public Dictionary<ulong, int> Rows { get; }

    /// <summary>Rows × <see cref="BioLabels.Count"/> feature weights.</summary>
    public float[] Weights { get; }

    /// <summary>(previous label, or <see cref="BioLabels.Count"/> at sentence start) × label.</summary>
    public float[] Transitions { get; }

    public NerModel(Dictionary<ulong, int> rows, float[] weights, float[] transitions)
    {
        Rows = rows;
        Weights = weights;
        Transitions = transitions;
        var size = 1;
        while (size < rows.Count * 2) size <<= 1;
        _keys = new ulong[size];
        _rows = new int[size];
        foreach (var (hash, row) in rows)
        {
            var slot = (int)(hash & (ulong)(size - 1));
            while (_keys[slot] != 0) slot = (slot + 1) & (size - 1);
            _keys[slot] = hash == 0 ? 1 : hash;
            _rows[slot] = row;
        }
    }

    // An open-addressing copy of Rows for Decode: one array probe per feature, no generic code to warm up.
    // (Hash 0 is stored as 1; a 64-bit FNV hash is 0 or 1 with negligible probability.)
    private readonly ulong[] _keys;
    private readonly int[] _rows;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int RowOf(ulong hash)
    {
        if (hash == 0) hash = 1;
        var mask = _keys.Length - 1;
        var slot = (int)(hash & (ulong)mask);
        while (true)
        {
            var key = _keys[slot];
            if (key == hash) return _rows[slot];
            if (key == 0) return -1;
            slot = (slot + 1) & mask;
        }
    }

    public static NerModel LoadBundled()
    {
        using var stream = BundledData.Open("ner-weights.bin", "entity tagger weights");
        return Load(stream);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[] Decode(NerFeatures.Sentence sentence)
    {
        var labels = BioLabels.Count;
        var n = sentence.Length;
        var result = new int[n];
        if (n == 0) return result;
        var score = new float[n * labels];
        var back = new int[n * labels];
        Span<float> emission = stackalloc float[labels];

        for (var i = 0; i < n; i++)
        {
            emission.Clear();
            foreach (var hash in sentence.Of(i))
            {
                var row = RowOf(hash);
                if (row < 0) continue;
                var w = Weights.AsSpan(row * labels, labels);
                for (var y = 0; y < labels; y++) emission[y] += w[y];
            }
            for (var y = 0; y < labels; y++)
            {
                float best;
                var bestPrevious = 0;
                if (i == 0)
                {
                    best = BioLabels.CanFollow(0, y) ? Transitions[labels * labels + y] : float.NegativeInfinity;
                }
                else
                {
                    best = float.NegativeInfinity;
                    for (var p = 0; p < labels; p++)
                    {
                        if (!BioLabels.CanFollow(p, y)) continue;
                        var s = score[(i - 1) * labels + p] + Transitions[p * labels + y];
                        if (s > best)
                        {
                            best = s;
                            bestPrevious = p;
                        }
                    }
                }
                score[i * labels + y] = best + emission[y];
                back[i * labels + y] = bestPrevious;
            }
        }

        var last = 0;
        for (var y = 1; y < labels; y++)
            if (score[(n - 1) * labels + y] > score[(n - 1) * labels + last]) last = y;
        for (var i = n - 1; i >= 0; i--)
        {
            result[i] = last;
            last = back[i * labels + last];
        }
        return result;
    }

    /// <summary>Writes the weights, leaving out features whose every weight rounds to zero.</summary>
    public void Save(Stream stream)
    {
        var labels = BioLabels.Count;
        var scale = Math.Max(Weights.Select(Math.Abs).DefaultIfEmpty(0).Max(), Transitions.Select(Math.Abs).DefaultIfEmpty(0).Max()) / short.MaxValue;
        if (scale == 0) scale = 1;
        var kept = Rows.Where(r => Enumerable.Range(0, labels).Any(y => Quantize(Weights[r.Value * labels + y], scale) != 0))
            .OrderBy(r => r.Key).ToList();

        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(labels);
        writer.Write(scale);
        foreach (var t in Transitions) writer.Write(t);
        writer.Write(kept.Count);
        // Hashes as deltas (sorted), then weights label by label: both compress well.
        ulong previous = 0;
        foreach (var (hash, _) in kept)
        {
            writer.Write(hash - previous);
            previous = hash;
        }
        for (var y = 0; y < labels; y++)
            foreach (var (_, row) in kept)
                writer.Write(Quantize(Weights[row * labels + y], scale));
    }

    public static NerModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadString() != Magic) throw new InvalidDataException("not a StaticNews entity tagger weight file");
        var labels = reader.ReadInt32();
        if (labels != BioLabels.Count) throw new InvalidDataException($"weight file has {labels} labels, expected {BioLabels.Count}");
        var scale = reader.ReadSingle();
        var transitions = new float[(labels + 1) * labels];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = reader.ReadSingle();
        var count = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        ulong hash = 0;
        for (var i = 0; i < count; i++)
        {
            hash += reader.ReadUInt64();
            rows[hash] = i;
        }
        var weights = new float[count * labels];
        for (var y = 0; y < labels; y++)
            for (var i = 0; i < count; i++)
                weights[i * labels + y] = reader.ReadInt16() * scale;
        return new NerModel(rows, weights, transitions);
    }

    private static short Quantize(float weight, float scale) => (short)Math.Round(weight / scale);
}
