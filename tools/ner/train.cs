// train.cs: trains StaticNews's entity tagger (averaged structured perceptron over the features in
// src/Enrichment/Entities/NerFeatures.cs, Viterbi decoding) on DaN+ news and writes the weights.
// A .NET 10 file-based app.
//
// Usage (from the repository root):
//   dotnet run --file tools/ner/train.cs -- <train.tsv[,more.tsv...]> <dev.tsv|-> <out weights.bin> [epochs] [--bag N] [--fold k/K] [--dropout p]
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
// --crf C2: a linear-chain CRF (same features, same decoding) trained by L-BFGS on the
// L2-regularised log-likelihood; "epochs" is then the number of L-BFGS iterations.
var crfAt = Array.IndexOf(args, "--crf");
var crf = crfAt >= 0;
var c2 = crf ? double.Parse(args[crfAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 0;
// --dropout p: each pass, each feature of each token is hidden from the perceptron (neither scored
// nor updated) with probability p, so that it cannot lean on one rare feature (the word itself)
// where commoner ones (affixes, shape, context) would carry over to unseen text. (Tried in round 4 at
// 0.1: no better by cross-validation on train, docs/benchmarks.md; not used for the shipped weights.)
var dropout = Array.IndexOf(args, "--dropout") is var dp and >= 0 ? float.Parse(args[dp + 1], System.Globalization.CultureInfo.InvariantCulture) : 0f;
var bag = Array.IndexOf(args, "--bag") is var bg and >= 0 ? int.Parse(args[bg + 1]) : 1;
var minCount = Array.IndexOf(args, "--min-count") is var mc and >= 0 ? int.Parse(args[mc + 1]) : 1;
// --fold k/K: learn from every sentence of <train.tsv> but those whose index is k modulo K, so that
// tools/ner/cv-recognizer.cs can score the recogniser on part k with a tagger that never saw it.
var (fold, folds) = Array.IndexOf(args, "--fold") is var fd and >= 0
    ? (int.Parse(args[fd + 1].Split('/')[0]), int.Parse(args[fd + 1].Split('/')[1]))
    : (-1, 1);
var features = new NerFeatures(Gazetteer.LoadBundled(), CommonWords.LoadBundled(), ProperNouns.LoadBundled(), TypedNames.LoadBundled());
// Several training files may be given, comma-separated; their sentences are numbered in that order for --fold.
var train = args[0].Split(',').SelectMany(ReadConll).Where((_, i) => i % folds != fold).ToList();
// "-" as <dev.tsv>: nothing to score after each pass (the choice of passes is made by cross-validation).
var dev = args[1] == "-" ? [] : ReadConll(args[1]);
Console.Error.WriteLine($"train: {train.Count} sentences, {train.Sum(s => s.Tokens.Count)} tokens; dev: {dev.Count} sentences");

var clock = Stopwatch.StartNew();
var trainFeatures = train.Select(s => features.Extract(s.Tokens)).ToList();
var devFeatures = dev.Select(s => features.Extract(s.Tokens)).ToList();
var counts = new Dictionary<ulong, int>();
foreach (var sentence in trainFeatures)
    foreach (var hash in sentence.Hashes)
        counts[hash] = counts.GetValueOrDefault(hash) + 1;
var rows = new Dictionary<ulong, int>();
foreach (var sentence in trainFeatures)
    foreach (var hash in sentence.Hashes)
        if (counts[hash] >= minCount) rows.TryAdd(hash, rows.Count);
Console.Error.WriteLine($"{rows.Count} features ({clock.Elapsed.TotalSeconds:0.0} s)");

var labels = BioLabels.Count;
float step = 1;
NerModel averaged;
if (crf) averaged = TrainCrf();
else if (bag <= 1) averaged = TrainPerceptron(20240601);
else
{
    // Several perceptrons, each on its own shuffle order (seeds 20240601, 20240602, ...), their
    // averaged weights averaged again: a cheap ensemble that smooths the order the perceptron saw.
    var models = Enumerable.Range(0, bag).Select(b => TrainPerceptron(20240601 + b)).ToList();
    var w = new float[models[0].Weights.Length];
    var t = new float[models[0].Transitions.Length];
    foreach (var m in models)
    {
        for (var j = 0; j < w.Length; j++) w[j] += m.Weights[j] / bag;
        for (var j = 0; j < t.Length; j++) t[j] += m.Transitions[j] / bag;
    }
    averaged = new NerModel(rows, w, t);
    Console.Error.WriteLine($"ensemble of {bag}: dev {Score(dev, devFeatures.Select(averaged.Decode).ToList())}");
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[2]))!);
using (var file = File.Create(args[2])) averaged.Save(file);
Console.Error.WriteLine($"wrote {args[2]}: {new FileInfo(args[2]).Length / 1024} KiB");
return 0;

NerModel TrainPerceptron(int seed)
{
    var weights = new float[rows.Count * labels];
    var transitions = new float[(labels + 1) * labels];
    var weightSums = new float[weights.Length];
    var transitionSums = new float[transitions.Length];
    var live = new NerModel(rows, weights, transitions);
    var random = new Random(seed);
    var dropping = new Random(seed + 1000);
    step = 1;
    var order = Enumerable.Range(0, train.Count).ToArray();

    var averaged = live;

    for (var epoch = 1; epoch <= epochs; epoch++)
    {
        random.Shuffle(order);
        var mistakes = 0;
        foreach (var index in order)
        {
            var sentence = trainFeatures[index];
            if (dropout > 0)
            {
                // A hash no feature has (features are never 1: the model maps hash 0 there) stands for a dropped one.
                var hashes = (ulong[])sentence.Hashes.Clone();
                for (var j = 0; j < hashes.Length; j++)
                    if (dropping.NextSingle() < dropout) hashes[j] = 1;
                sentence = new NerFeatures.Sentence(hashes, sentence.Offsets);
            }
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
                        // Features seen fewer than --min-count times in training have no weights.
                        if (!rows.TryGetValue(hash, out var row)) continue;
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
    return averaged;
}


// A linear-chain CRF over the same features and transitions as the perceptron, trained by
// L-BFGS (memory 10, backtracking line search) on the log-likelihood of <train.tsv> with an L2
// penalty c2·|w|²/2. Deterministic: full-batch, one thread. Forbidden transitions (an I-X not
// continuing an X) are excluded from the partition function, as Viterbi excludes them.
NerModel TrainCrf()
{
    var sentences = trainFeatures.Select(f =>
    {
        var tokenRows = new int[f.Length][];
        for (var i = 0; i < f.Length; i++)
        {
            var list = new List<int>();
            foreach (var hash in f.Of(i))
                if (rows.TryGetValue(hash, out var row)) list.Add(row);
            tokenRows[i] = list.ToArray();
        }
        return tokenRows;
    }).ToArray();
    var featureCount = rows.Count * labels;
    var size = featureCount + (labels + 1) * labels;
    var allowed = new bool[(labels + 1) * labels];
    for (var p = 0; p <= labels; p++)
        for (var y = 0; y < labels; y++)
            allowed[p * labels + y] = BioLabels.CanFollow(p == labels ? 0 : p, y);

    double Evaluate(double[] x, double[] g)
    {
        Array.Clear(g);
        var loss = 0.0;
        var e = new double[256 * labels];
        var alpha = new double[256 * labels];
        var beta = new double[256 * labels];
        var terms = new double[labels + 1];
        for (var s = 0; s < sentences.Length; s++)
        {
            var tokens = sentences[s];
            var gold = train[s].Labels;
            var n = tokens.Length;
            if (e.Length < n * labels) { e = new double[n * labels * 2]; alpha = new double[e.Length]; beta = new double[e.Length]; }
            for (var i = 0; i < n; i++)
                for (var y = 0; y < labels; y++)
                {
                    var sum = 0.0;
                    foreach (var row in tokens[i]) sum += x[row * labels + y];
                    e[i * labels + y] = sum;
                }
            // forward
            for (var i = 0; i < n; i++)
                for (var y = 0; y < labels; y++)
                {
                    var k = 0;
                    if (i == 0)
                    {
                        if (allowed[labels * labels + y]) terms[k++] = x[featureCount + labels * labels + y];
                    }
                    else
                    {
                        for (var p = 0; p < labels; p++)
                            if (allowed[p * labels + y]) terms[k++] = alpha[(i - 1) * labels + p] + x[featureCount + p * labels + y];
                    }
                    alpha[i * labels + y] = e[i * labels + y] + LogSumExp(terms, k);
                }
            // backward
            for (var y = 0; y < labels; y++) beta[(n - 1) * labels + y] = 0;
            for (var i = n - 2; i >= 0; i--)
                for (var p = 0; p < labels; p++)
                {
                    var k = 0;
                    for (var y = 0; y < labels; y++)
                        if (allowed[p * labels + y]) terms[k++] = x[featureCount + p * labels + y] + e[(i + 1) * labels + y] + beta[(i + 1) * labels + y];
                    beta[i * labels + p] = LogSumExp(terms, k);
                }
            for (var y = 0; y < labels; y++) terms[y] = alpha[(n - 1) * labels + y];
            var logZ = LogSumExp(terms, labels);
            // gold score
            var goldScore = 0.0;
            for (var i = 0; i < n; i++)
            {
                var previous = i == 0 ? labels : gold[i - 1];
                goldScore += e[i * labels + gold[i]] + x[featureCount + previous * labels + gold[i]];
                g[featureCount + previous * labels + gold[i]] -= 1;
                foreach (var row in tokens[i]) g[row * labels + gold[i]] -= 1;
            }
            loss += logZ - goldScore;
            // expectations
            for (var i = 0; i < n; i++)
            {
                for (var y = 0; y < labels; y++)
                {
                    var marginal = Math.Exp(alpha[i * labels + y] + beta[i * labels + y] - logZ);
                    if (marginal < 1e-12) continue;
                    foreach (var row in tokens[i]) g[row * labels + y] += marginal;
                    if (i == 0)
                    {
                        g[featureCount + labels * labels + y] += marginal;
                        continue;
                    }
                }
                if (i == 0) continue;
                for (var p = 0; p < labels; p++)
                    for (var y = 0; y < labels; y++)
                    {
                        if (!allowed[p * labels + y]) continue;
                        var edge = Math.Exp(alpha[(i - 1) * labels + p] + x[featureCount + p * labels + y] + e[i * labels + y] + beta[i * labels + y] - logZ);
                        g[featureCount + p * labels + y] += edge;
                    }
            }
        }
        for (var j = 0; j < size; j++)
        {
            loss += 0.5 * c2 * x[j] * x[j];
            g[j] += c2 * x[j];
        }
        return loss;
    }

    NerModel ToModel(double[] x)
    {
        var w = new float[featureCount];
        for (var j = 0; j < featureCount; j++) w[j] = (float)x[j];
        var t = new float[(labels + 1) * labels];
        for (var j = 0; j < t.Length; j++) t[j] = (float)x[featureCount + j];
        return new NerModel(rows, w, t);
    }

    // L-BFGS (Nocedal & Wright, algorithm 7.4) with Armijo backtracking.
    const int memory = 10;
    var xk = new double[size];
    var gk = new double[size];
    var fk = Evaluate(xk, gk);
    var sList = new List<double[]>();
    var yList = new List<double[]>();
    var rhoList = new List<double>();
    var direction = new double[size];
    var xNew = new double[size];
    var gNew = new double[size];
    for (var iteration = 1; iteration <= epochs; iteration++)
    {
        // two-loop recursion: direction = -H·g
        for (var j = 0; j < size; j++) direction[j] = -gk[j];
        var alphas = new double[sList.Count];
        for (var m = sList.Count - 1; m >= 0; m--)
        {
            alphas[m] = rhoList[m] * Dot(sList[m], direction);
            Axpy(-alphas[m], yList[m], direction);
        }
        var gamma = sList.Count > 0 ? Dot(sList[^1], yList[^1]) / Dot(yList[^1], yList[^1]) : 1.0 / Math.Sqrt(Dot(gk, gk));
        for (var j = 0; j < size; j++) direction[j] *= gamma;
        for (var m = 0; m < sList.Count; m++)
        {
            var beta = rhoList[m] * Dot(yList[m], direction);
            Axpy(alphas[m] - beta, sList[m], direction);
        }
        var slope = Dot(gk, direction);
        if (slope >= 0)
        {
            sList.Clear(); yList.Clear(); rhoList.Clear();
            for (var j = 0; j < size; j++) direction[j] = -gk[j] / Math.Sqrt(Dot(gk, gk));
            slope = Dot(gk, direction);
        }
        var step = 1.0;
        double fNew;
        while (true)
        {
            for (var j = 0; j < size; j++) xNew[j] = xk[j] + step * direction[j];
            fNew = Evaluate(xNew, gNew);
            if (fNew <= fk + 1e-4 * step * slope || step < 1e-10) break;
            step *= 0.5;
        }
        var sk = new double[size];
        var yk = new double[size];
        for (var j = 0; j < size; j++) { sk[j] = xNew[j] - xk[j]; yk[j] = gNew[j] - gk[j]; }
        var sy = Dot(sk, yk);
        if (sy > 1e-10)
        {
            if (sList.Count == memory) { sList.RemoveAt(0); yList.RemoveAt(0); rhoList.RemoveAt(0); }
            sList.Add(sk); yList.Add(yk); rhoList.Add(1 / sy);
        }
        var improvement = (fk - fNew) / Math.Max(1, Math.Abs(fNew));
        (xk, xNew) = (xNew, xk);
        (gk, gNew) = (gNew, gk);
        fk = fNew;
        if (iteration % 10 == 0 || iteration == epochs)
        {
            var model = ToModel(xk);
            Console.Error.WriteLine($"iteration {iteration}: loss {fk:0.0}; dev {Score(dev, devFeatures.Select(model.Decode).ToList())} ({clock.Elapsed.TotalSeconds:0.0} s)");
        }
        if (improvement < 1e-7) break;
    }
    return ToModel(xk);
}

static double LogSumExp(double[] terms, int count)
{
    if (count == 0) return double.NegativeInfinity;
    var max = double.NegativeInfinity;
    for (var k = 0; k < count; k++) if (terms[k] > max) max = terms[k];
    if (double.IsNegativeInfinity(max)) return max;
    var sum = 0.0;
    for (var k = 0; k < count; k++) sum += Math.Exp(terms[k] - max);
    return max + Math.Log(sum);
}

static double Dot(double[] a, double[] b)
{
    var sum = 0.0;
    for (var j = 0; j < a.Length; j++) sum += a[j] * b[j];
    return sum;
}

static void Axpy(double a, double[] x, double[] y)
{
    for (var j = 0; j < x.Length; j++) y[j] += a * x[j];
}

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
