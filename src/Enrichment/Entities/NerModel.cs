using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
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
    public Dictionary<ulong, int> Rows => DenseForm().Rows;

    /// <summary>Rows × <see cref="BioLabels.Count"/> feature weights.</summary>
    public float[] Weights => DenseForm().Weights;

    /// <summary>(previous label, or <see cref="BioLabels.Count"/> at sentence start) × label.</summary>
    public float[] Transitions { get; }

    public NerModel(Dictionary<ulong, int> rows, float[] weights, float[] transitions)
    {
        Transitions = transitions;
        _dense = new Dense(rows, weights, null);
    }

    // The model as training sees it: a row per feature hash, float weights. A model loaded from a
    // file tags from its quantized slots alone, and makes this form only when asked for it.
    private Dense? _dense;

    private Dense DenseForm() => _dense ?? LazyInitializer.EnsureInitialized(ref _dense, FromSlots);

    private sealed class Dense
    {
        public Dense(Dictionary<ulong, int> rows, float[] weights, short[]? quantized)
        {
            Rows = rows;
            Weights = weights;
            Quantized = quantized;
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

        public Dictionary<ulong, int> Rows { get; }

        public float[] Weights { get; }

        public short[]? Quantized { get; }

        // An open-addressing copy of Rows for Decode: one array probe per feature, no generic code to warm up.
        // (Hash 0 is stored as 1; a 64-bit FNV hash is 0 or 1 with negligible probability.)
        private readonly ulong[] _keys;
        private readonly int[] _rows;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int RowOf(ulong hash)
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
    }

    /// <summary>The rows of a loaded model, in the file's order (ascending hash), read back from its slots.</summary>
    private Dense FromSlots()
    {
        var slots = _slots!;
        var labels = BioLabels.Count;
        var count = 0;
        foreach (var slot in slots)
            if (slot.Key != 0) count++;
        var hashes = new ulong[count];
        var indices = new int[count];
        for (int index = 0, i = 0; index < slots.Length; index++)
        {
            if (slots[index].Key == 0) continue;
            hashes[i] = slots[index].Key;
            indices[i++] = index;
        }
        Array.Sort(hashes, indices);
        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * labels];
        var quantized = new short[count * labels];
        for (var row = 0; row < count; row++)
        {
            rows[hashes[row]] = row;
            ReadOnlySpan<short> w = slots[indices[row]].Weights;
            for (var y = 0; y < labels; y++)
            {
                quantized[row * labels + y] = w[y];
                weights[row * labels + y] = w[y] * Scale;
            }
        }
        return new Dense(rows, weights, quantized);
    }

    public static NerModel LoadBundled()
    {
        using var stream = BundledData.Open("ner-weights.bin", "entity tagger weights");
        return Load(stream);
    }

    /// <summary>
    /// The weights as the file stores them, 16-bit integers (<see cref="Weights"/> = these ×
    /// <see cref="Scale"/>); <c>null</c> for a model still being trained. Integer sums do not depend
    /// on the order of the terms, so a tagger may add cached per-word sums to the rest.
    /// </summary>
    public short[]? Quantized => _slots == null ? null : DenseForm().Quantized;

    public float Scale { get; } = 1;

    /// <summary>True when the model has <see cref="Quantized"/> weights for <see cref="AddQuantized"/>.</summary>
    public bool IsQuantized => _slots != null;

    /// <summary>Adds the quantized weights of the feature <paramref name="hash"/> (if the model knows it) to <paramref name="sums"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddQuantized(ulong hash, Span<int> sums)
    {
        if (hash == 0) hash = 1;
        var slots = _slots!;
        var mask = slots.Length - 1;
        var index = (int)(hash & (ulong)mask);
        while (true)
        {
            ref readonly var slot = ref slots[index];
            if (slot.Key == hash)
            {
                ReadOnlySpan<short> w = slot.Weights;
                for (var y = 0; y < BioLabels.Count; y++) sums[y] += w[y];
                return;
            }
            if (slot.Key == 0) return;
            index = (index + 1) & mask;
        }
    }

    // The quantized weights inline with their hash: one cache line read per feature instead of
    // three (key, row, weights), which is most of the tagging time on a model of this size.
    // (Hash 0 is stored as 1, as in the dense form.)
    private readonly QuantizedSlot[]? _slots;

    private struct QuantizedSlot
    {
        public ulong Key;
        public LabelWeights Weights;
    }

    private const int SlotLabels = 7;

    [InlineArray(SlotLabels)]
    private struct LabelWeights
    {
        private short _first;
    }

    private NerModel(float[] transitions, QuantizedSlot[] slots, float scale)
    {
        Transitions = transitions;
        _slots = slots;
        Scale = scale;
    }

    public int[] Decode(NerFeatures.Sentence sentence)
    {
        var labels = BioLabels.Count;
        var n = sentence.Length;
        var emissions = new float[n * labels];
        var dense = DenseForm();
        for (var i = 0; i < n; i++)
        {
            var emission = emissions.AsSpan(i * labels, labels);
            foreach (var hash in sentence.Of(i))
            {
                var row = dense.RowOf(hash);
                if (row < 0) continue;
                var w = dense.Weights.AsSpan(row * labels, labels);
                for (var y = 0; y < labels; y++) emission[y] += w[y];
            }
        }
        return Viterbi(emissions, n);
    }

    /// <summary>The best label sequence for <paramref name="n"/> tokens given their label scores (<c>emissions[i * labels + y]</c>).</summary>
    public int[] Viterbi(ReadOnlySpan<float> emissions, int n)
    {
        var labels = BioLabels.Count;
        var result = new int[n];
        if (n == 0) return result;
        Span<float> score = n * labels <= 2048 ? stackalloc float[n * labels] : new float[n * labels];
        Span<int> back = n * labels <= 2048 ? stackalloc int[n * labels] : new int[n * labels];

        // Transitions with the forbidden ones (an I-X not continuing an X) at minus infinity: the
        // same maxima as skipping them, without a branch in the inner loop.
        Span<float> allowed = stackalloc float[(labels + 1) * labels];
        for (var p = 0; p <= labels; p++)
            for (var y = 0; y < labels; y++)
                allowed[p * labels + y] = BioLabels.CanFollow(p == labels ? 0 : p, y) ? Transitions[p * labels + y] : float.NegativeInfinity;

        for (var y = 0; y < labels; y++)
        {
            score[y] = allowed[labels * labels + y] + emissions[y];
            back[y] = 0;
        }
        for (var i = 1; i < n; i++)
        {
            var before = score.Slice((i - 1) * labels, labels);
            for (var y = 0; y < labels; y++)
            {
                var best = float.NegativeInfinity;
                var bestPrevious = 0;
                for (var p = 0; p < labels; p++)
                {
                    var s = before[p] + allowed[p * labels + y];
                    if (s > best)
                    {
                        best = s;
                        bestPrevious = p;
                    }
                }
                score[i * labels + y] = best + emissions[i * labels + y];
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
        // The header through a reader (it reads no further than each value); the rows at once.
        using var reader = new BinaryReader(gzip, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic) throw new InvalidDataException("not a StaticNews entity tagger weight file");
        var labels = reader.ReadInt32();
        if (labels != BioLabels.Count) throw new InvalidDataException($"weight file has {labels} labels, expected {BioLabels.Count}");
        if (labels != SlotLabels) throw new InvalidOperationException($"QuantizedSlot holds {SlotLabels} labels, BioLabels has {labels}");
        var scale = reader.ReadSingle();
        var transitions = new float[(labels + 1) * labels];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = reader.ReadSingle();
        var count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException($"weight file has {count} features");

        // count hash deltas (8 bytes each, ascending hashes), then the weights label by label (2 bytes each).
        var size = checked(count * (sizeof(ulong) + labels * sizeof(short)));
        var body = ArrayPool<byte>.Shared.Rent(Math.Max(size, 1));
        try
        {
            gzip.ReadExactly(body, 0, size);
            var deltas = body.AsSpan(0, count * sizeof(ulong));
            var weights = body.AsSpan(count * sizeof(ulong), count * labels * sizeof(short));
            var length = 1;
            while (length < count * 2) length <<= 1;
            var slots = new QuantizedSlot[length];
            var mask = length - 1;
            ulong hash = 0;
            for (var i = 0; i < count; i++)
            {
                hash += BinaryPrimitives.ReadUInt64LittleEndian(deltas[(i * sizeof(ulong))..]);
                var key = hash == 0 ? 1 : hash;
                var index = (int)(key & (ulong)mask);
                while (slots[index].Key != 0 && slots[index].Key != key) index = (index + 1) & mask;
                ref var slot = ref slots[index];
                slot.Key = key;
                for (var y = 0; y < labels; y++)
                    slot.Weights[y] = BinaryPrimitives.ReadInt16LittleEndian(weights[((y * count + i) * sizeof(short))..]);
            }
            return new NerModel(transitions, slots, scale);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body);
        }
    }

    private static short Quantize(float weight, float scale) => (short)Math.Round(weight / scale);
}
