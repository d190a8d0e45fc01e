// train.cs: trains StaticNews's entity tagger (averaged structured perceptron over the features in
// src/Enrichment/Entities/NerFeatures.cs, Viterbi decoding) on DaN+ news and writes the weights.
// A .NET 10 file-based app.
//
// Usage (from the repository root):
//   dotnet run --file tools/ner/train.cs -- <train.tsv> <dev.tsv> <out weights.bin> [epochs]
// e.g.
//   dotnet run --file tools/ner/train.cs -- /work/shared/data/ner/danplus-news-train.tsv \
//       /work/shared/data/ner/danplus-news-dev.tsv data/ner/weights.bin
//
// Learns from <train.tsv> only. <dev.tsv> is only scored after each epoch (span F1 per type,
// MISC and -deriv/-part as O) so the number of epochs can be chosen; the weights written are
// those of the epoch given (default: the last). Deterministic: a fixed shuffle seed and one thread.
#:project ../../StaticNews.csproj

using System.Diagnostics;
using StaticNews.Enrichment.Entities;

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: train.cs <train.tsv> <dev.tsv> <out weights.bin> [epochs]");
    return 2;
}
var epochs = args.Length > 3 ? int.Parse(args[3]) : 12;
var features = new NerFeatures(Gazetteer.LoadBundled(), CommonWords.LoadBundled(), ProperNouns.LoadBundled());
var train = ReadConll(args[0]);
var dev = ReadConll(args[1]);
Console.Error.WriteLine($"train: {train.Count} sentences, {train.Sum(s => s.Tokens.Count)} tokens; dev: {dev.Count} sentences");

var clock = Stopwatch.StartNew();
var trainFeatures = train.Select(s => features.Extract(s.Tokens)).ToList();
var devFeatures = dev.Select(s => features.Extract(s.Tokens)).ToList();
var rows = new Dictionary<ulong, int>();
foreach (var sentence in trainFeatures)
    foreach (var hash in sentence.Hashes)
        rows.TryAdd(hash, rows.Count);
Console.Error.WriteLine($"{rows.Count} features ({clock.Elapsed.TotalSeconds:0.0} s)");

var labels = BioLabels.Count;
var weights = new float[rows.Count * labels];
var transitions = new float[(labels + 1) * labels];
var weightSums = new float[weights.Length];
var transitionSums = new float[transitions.Length];
var live = new NerModel(rows, weights, transitions);
var random = new Random(20240601);
var order = Enumerable.Range(0, train.Count).ToArray();
float step = 1;
NerModel averaged = live;

for (var epoch = 1; epoch <= epochs; epoch++)
{
    random.Shuffle(order);
    var mistakes = 0;
    foreach (var index in order)
    {
        var sentence = trainFeatures[index];
        var gold = train[index].Labels;
        var predicted = live.Decode(sentence);
        if (!predicted.AsSpan().SequenceEqual(gold))
        {
            mistakes++;
            for (var i = 0; i < gold.Length; i++)
            {
                var goldPrevious = i == 0 ? labels : gold[i - 1];
                var predictedPrevious = i == 0 ? labels : predicted[i - 1];
                Update(transitions, transitionSums, goldPrevious * labels + gold[i], 1);
                Update(transitions, transitionSums, predictedPrevious * labels + predicted[i], -1);
                if (gold[i] == predicted[i]) continue;
                foreach (var hash in sentence.Of(i))
                {
                    var row = rows[hash];
                    Update(weights, weightSums, row * labels + gold[i], 1);
                    Update(weights, weightSums, row * labels + predicted[i], -1);
                }
            }
        }
        step++;
    }

    averaged = new NerModel(rows, Average(weights, weightSums), Average(transitions, transitionSums));
    var predictions = devFeatures.Select(averaged.Decode).ToList();
    Console.Error.WriteLine($"epoch {epoch}: {mistakes} sentences wrong in train; dev {Score(dev, predictions)} ({clock.Elapsed.TotalSeconds:0.0} s)");
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[2]))!);
using (var file = File.Create(args[2])) averaged.Save(file);
Console.Error.WriteLine($"wrote {args[2]}: {new FileInfo(args[2]).Length / 1024} KiB");
return 0;

// The averaged perceptron's running sums: an update at step c adds c·delta, so that the average
// over all steps is w - sum/c (Daumé's trick), without touching every weight at every step.
void Update(float[] w, float[] sums, int at, float delta)
{
    w[at] += delta;
    sums[at] += step * delta;
}

float[] Average(float[] w, float[] sums)
{
    var result = new float[w.Length];
    for (var i = 0; i < w.Length; i++) result[i] = w[i] - sums[i] / step;
    return result;
}

static List<(List<string> Tokens, int[] Labels)> ReadConll(string path)
{
    var sentences = new List<(List<string>, int[])>();
    var tokens = new List<string>();
    var tags = new List<int>();
    foreach (var line in File.ReadLines(path).Append(""))
    {
        if (line.Trim().Length == 0)
        {
            if (tokens.Count > 0) sentences.Add((tokens, tags.ToArray()));
            tokens = [];
            tags = [];
            continue;
        }
        var columns = line.Split('\t');
        tokens.Add(columns[0]);
        tags.Add(BioLabels.IndexOf(columns.Length > 1 ? columns[1] : "O"));
    }
    // An I-X with no X before it (after a MISC or -part that counts as O) begins a span.
    foreach (var (_, labelsOf) in sentences)
        for (var i = 0; i < labelsOf.Length; i++)
            if (BioLabels.IsInside(labelsOf[i]) && !BioLabels.CanFollow(i == 0 ? 0 : labelsOf[i - 1], labelsOf[i]))
                labelsOf[i]--;
    return sentences;
}

static string Score(List<(List<string> Tokens, int[] Labels)> gold, List<int[]> predicted)
{
    var parts = new List<string>();
    foreach (var type in new[] { EntityType.Location, EntityType.Person, EntityType.Organisation })
    {
        int correct = 0, goldCount = 0, predictedCount = 0;
        for (var s = 0; s < gold.Count; s++)
        {
            var g = Spans(gold[s].Labels, type);
            var p = Spans(predicted[s], type);
            goldCount += g.Count;
            predictedCount += p.Count;
            correct += p.Count(g.Contains);
        }
        var precision = predictedCount == 0 ? 0 : 100.0 * correct / predictedCount;
        var recall = goldCount == 0 ? 0 : 100.0 * correct / goldCount;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        parts.Add($"{type.ToString()[..3].ToUpperInvariant()} P {precision:0.0} R {recall:0.0} F1 {f1:0.0}");
    }
    return string.Join(" | ", parts);
}

static HashSet<(int, int)> Spans(int[] labels, EntityType type)
{
    var spans = new HashSet<(int, int)>();
    var start = -1;
    for (var i = 0; i <= labels.Length; i++)
    {
        var label = i < labels.Length ? labels[i] : 0;
        var continues = start >= 0 && BioLabels.IsInside(label) && BioLabels.TypeOf(label) == type;
        if (continues) continue;
        if (start >= 0) spans.Add((start, i));
        start = BioLabels.TypeOf(label) == type ? i : -1;
    }
    return spans;
}
