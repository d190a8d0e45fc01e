// train-spans.cs: trains the recogniser's second stage, the span classifier
// (src/Enrichment/Entities/SpanClassifier.cs, features in SpanFeatures.cs), on DaN+ news training
// sentences and writes its weights. A .NET 10 file-based app.
//
// Usage (from the repository root):
//   dotnet run --file tools/ner/train-spans.cs -- <train.tsv> <fold weights prefix> <K> <out spans.bin> [epochs] [--cv] [--margin M]
//
// The classifier must learn the mistakes the first stage (tagger and rules) makes on text it has
// not seen, not on the sentences it was trained on (which it tags almost perfectly). So the
// training sentences are split K ways by index (sentence i in part i mod K) and part k is read by
// a recogniser whose tagger learnt from the other parts: <prefix>k.bin, made by
//   dotnet run --file tools/ner/train.cs -- <train.tsv> <dev.tsv> <prefix>k.bin 10 --bag 5 --fold k/K
// (tools/ner/train-all.sh runs the whole thing). Every name the first stage finds is one example,
// labelled with the gold type of exactly that span, or "no name" when DaN+ has no span there.
//
// --cv: also scores, for each number of passes up to [epochs], the classifier learnt on K-1 parts
// and applied to the K-th, pooled over the K parts (span P/R/F1 per type over all of
// <train.tsv>, beside the first stage alone), so the number of passes is chosen without the dev
// file. Deterministic: a fixed shuffle seed, one thread.
#:project ../../StaticNews.csproj

using StaticNews.Enrichment.Entities;

if (args.Length < 4)
{
    Console.Error.WriteLine("usage: train-spans.cs <train.tsv> <fold weights prefix> <K> <out spans.bin> [epochs] [--cv] [--margin M]");
    return 2;
}
var positional = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || args[i - 1] is not ("--margin" or "--dump"))).ToArray();
var folds = int.Parse(positional[2]);
var epochs = positional.Length > 4 ? int.Parse(positional[4]) : 8;
var crossValidate = args.Contains("--cv");
var keepAll = args.Contains("--keep");
var places = Gazetteer.LoadBundled();
var common = CommonWords.LoadBundled();
var classes = SpanClassifier.Classes.Length;

var sentences = ReadConll(positional[0]);
var examples = new List<Example>();
var missed = new List<string>();
var goldCounts = new int[classes];
for (var k = 0; k < folds; k++)
{
    NerModel model;
    using (var file = File.OpenRead($"{positional[1]}{k}.bin")) model = NerModel.Load(file);
    var recognizer = new EntityRecognizer(places, common, new EntityTagger(places, common, model));
    for (var s = k; s < sentences.Count; s += folds)
    {
        var (tokens, tags) = sentences[s];
        var gold = Spans(tags);
        foreach (var g in gold.Values) goldCounts[g]++;
        var starts = new int[tokens.Count];
        for (var i = 1; i < tokens.Count; i++) starts[i] = starts[i - 1] + tokens[i - 1].Length + 1;
        foreach (var (mention, features) in recognizer.FirstStageMentions([string.Join(' ', tokens)]))
        {
            // The DaN+ tokens the mention overlaps.
            var first = -1;
            var end = -1;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (starts[i] + tokens[i].Length <= mention.Start || starts[i] >= mention.Start + mention.Length) continue;
                if (first < 0) first = i;
                end = i + 1;
            }
            if (first < 0) continue;
            var label = gold.TryGetValue((first, end), out var g) ? g : 0;
            examples.Add(new Example(k, s, (first, end), ClassOf(mention.Type), label, features));
        }
        foreach (var ((start, stop), g) in gold)
            if (!examples.Any(x => x.Sentence == s && x.Tokens == (start, stop)))
                missed.Add($"missed\t{ClassName(g)}\t{string.Join(' ', tokens.Skip(start).Take(stop - start))}\t{string.Join(' ', tokens.Take(start))} [[ {string.Join(' ', tokens.Skip(start).Take(stop - start))} ]] {string.Join(' ', tokens.Skip(stop))}");
    }
    Console.Error.WriteLine($"part {k}: {examples.Count} examples so far");
}
Console.Error.WriteLine($"{examples.Count} examples; gold spans LOC {goldCounts[1]} PER {goldCounts[2]} ORG {goldCounts[3]}");
Console.Error.WriteLine($"first stage alone: {Score(examples.Select(e => e.FirstStage).ToArray())}");
Console.Error.WriteLine(Confusion(examples.Select(e => e.FirstStage).ToArray()));

// --dump FILE: every example as a line (first stage's class, gold class, the span in its sentence), for reading errors.
if (Array.IndexOf(args, "--dump") is var du and >= 0)
    File.WriteAllLines(args[du + 1], examples.Select(x =>
    {
        var tokens = sentences[x.Sentence].Tokens;
        return $"{ClassName(x.FirstStage)}\t{ClassName(x.Label)}\t{string.Join(' ', tokens.Skip(x.Tokens.Start).Take(x.Tokens.End - x.Tokens.Start))}\t" +
               $"{string.Join(' ', tokens.Take(x.Tokens.Start))} [[ {string.Join(' ', tokens.Skip(x.Tokens.Start).Take(x.Tokens.End - x.Tokens.Start))} ]] {string.Join(' ', tokens.Skip(x.Tokens.End))}";
    }).Concat(missed));

var margin = 0f;
if (crossValidate)
{
    // Scores of every example by a classifier that did not learn from its part, after each pass.
    var scores = new float[epochs][];
    for (var e = 0; e < epochs; e++) scores[e] = new float[examples.Count * classes];
    for (var k = 0; k < folds; k++)
    {
        var part = k;
        var trainOn = examples.Where(x => x.Part != part).ToList();
        Train(trainOn, epochs, 0, (epoch, classifier) =>
        {
            for (var i = 0; i < examples.Count; i++)
                if (examples[i].Part == part) classifier.Score(examples[i].Features, scores[epoch - 1].AsSpan(i * classes, classes));
        });
    }
    // The number of passes and the margin with the best mean F1 over the three types.
    var best = (Mean: double.MinValue, Epochs: epochs, Margin: 0f);
    foreach (var m in new[] { 0f, 0.5f, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, float.MaxValue })
        for (var e = 0; e < epochs; e++)
        {
            var decided = new int[examples.Count];
            for (var i = 0; i < examples.Count; i++)
            {
                var row = scores[e].AsSpan(i * classes, classes);
                var top = keepAll ? 1 : 0;
                for (var c = top + 1; c < classes; c++) if (row[c] > row[top]) top = c;
                decided[i] = row[top] - row[examples[i].FirstStage] > m ? top : examples[i].FirstStage;
            }
            var (text, mean) = ScoreWithMean(decided);
            if (e == epochs - 1 || m == 0) Console.Error.WriteLine($"cv, {e + 1} passes, margin {(m == float.MaxValue ? "never" : m.ToString())}: {text}");
            if (mean > best.Mean + 1e-9) best = (mean, e + 1, m);
        }
    (epochs, margin) = (best.Epochs, best.Margin);
    Console.Error.WriteLine($"chosen: {epochs} passes, margin {(margin == float.MaxValue ? "never" : margin.ToString())} (mean F1 {best.Mean:0.00})");
}
if (Array.IndexOf(args, "--margin") is var ma and >= 0) margin = float.Parse(args[ma + 1], System.Globalization.CultureInfo.InvariantCulture);

var final = Train(examples, epochs, margin, null);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(positional[3]))!);
using (var output = File.Create(positional[3])) final.Save(output);
Console.Error.WriteLine($"wrote {positional[3]}: {new FileInfo(positional[3]).Length / 1024} KiB, {final.Rows.Count} features");
return 0;

// A multi-class averaged perceptron over the examples' features.
SpanClassifier Train(List<Example> data, int passes, float margin, Action<int, SpanClassifier>? afterPass)
{
    var rows = new Dictionary<ulong, int>();
    foreach (var x in data)
        foreach (var hash in x.Features)
            rows.TryAdd(hash, rows.Count);
    var w = new float[rows.Count * classes];
    var sums = new float[w.Length];
    var step = 1f;
    var random = new Random(20240701);
    var order = Enumerable.Range(0, data.Count).ToArray();
    var live = new SpanClassifier(rows, w);
    SpanClassifier averaged = live;
    for (var pass = 1; pass <= passes; pass++)
    {
        random.Shuffle(order);
        foreach (var index in order)
        {
            var x = data[index];
            var guess = live.Classify(x.Features);
            if (guess != x.Label)
            {
                foreach (var hash in x.Features)
                {
                    var row = rows[hash];
                    w[row * classes + x.Label] += 1;
                    sums[row * classes + x.Label] += step;
                    w[row * classes + guess] -= 1;
                    sums[row * classes + guess] -= step;
                }
            }
            step++;
        }
        var average = new float[w.Length];
        for (var j = 0; j < w.Length; j++) average[j] = w[j] - sums[j] / step;
        averaged = new SpanClassifier(rows, average, margin);
        afterPass?.Invoke(pass, averaged);
    }
    return averaged;
}

string Score(int[] predicted) => ScoreWithMean(predicted).Text;

(string Text, double Mean) ScoreWithMean(int[] predicted)
{
    var sum = 0.0;
    var parts = new List<string>();
    for (var c = 1; c < classes; c++)
    {
        var correct = 0;
        var count = 0;
        for (var i = 0; i < examples.Count; i++)
        {
            if (predicted[i] != c) continue;
            count++;
            if (examples[i].Label == c) correct++;
        }
        var p = count == 0 ? 0 : 100.0 * correct / count;
        var r = goldCounts[c] == 0 ? 0 : 100.0 * correct / goldCounts[c];
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        parts.Add($"{Name(c)} P {p:0.0} R {r:0.0} F1 {f:0.0}");
        sum += f;
    }
    return (string.Join(" | ", parts), sum / (classes - 1));
}

// Rows: the gold class of the span (none: DaN+ has no span of those tokens); columns: the class given.
string Confusion(int[] predicted)
{
    var counts = new int[classes, classes];
    for (var i = 0; i < examples.Count; i++) counts[examples[i].Label, predicted[i]]++;
    var lines = new List<string> { "gold \\ given  none   LOC   PER   ORG" };
    for (var g = 0; g < classes; g++)
        lines.Add($"{(g == 0 ? "none" : Name(g)),-12} {string.Join(' ', Enumerable.Range(0, classes).Select(c => counts[g, c].ToString().PadLeft(5)))}");
    return string.Join('\n', lines);
}

static string ClassName(int c) => c == 0 ? "none" : Name(c);

static string Name(int c) => c switch { 1 => "LOC", 2 => "PER", _ => "ORG" };

static int ClassOf(EntityType type) => Array.IndexOf(SpanClassifier.Classes, type);

// Gold spans of LOC, PER, ORG as class indices; MISC and -deriv/-part count as O; an I-X not continuing an X begins a span.
static Dictionary<(int, int), int> Spans(List<string> tags)
{
    var spans = new Dictionary<(int, int), int>();
    var start = -1;
    var kind = 0;
    for (var i = 0; i <= tags.Count; i++)
    {
        var tag = i < tags.Count ? tags[i] : "O";
        var k = tag.Length > 2 && tag[1] == '-' ? tag[2..] switch { "LOC" => 1, "PER" => 2, "ORG" => 3, _ => 0 } : 0;
        if (start >= 0 && tag[0] == 'I' && k == kind) continue;
        if (start >= 0) spans[(start, i)] = kind;
        (start, kind) = k != 0 ? (i, k) : (-1, 0);
    }
    return spans;
}

static List<(List<string> Tokens, List<string> Tags)> ReadConll(string path)
{
    var result = new List<(List<string>, List<string>)>();
    var tokens = new List<string>();
    var tags = new List<string>();
    foreach (var line in File.ReadLines(path).Append(""))
    {
        if (line.Trim().Length == 0)
        {
            if (tokens.Count > 0) result.Add((tokens, tags));
            tokens = [];
            tags = [];
            continue;
        }
        var columns = line.Split('\t');
        tokens.Add(columns[0].Trim());
        tags.Add(columns.Length > 1 ? columns[1].Trim() : "O");
    }
    return result;
}

internal sealed record Example(int Part, int Sentence, (int Start, int End) Tokens, int FirstStage, int Label, ulong[] Features);
