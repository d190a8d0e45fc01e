// cv-recognizer.cs: scores the EntityRecognizer (tagger and rules, what ingest uses) on the DaN+
// news training file by jackknifing, so that changes to the rules, the tokeniser or the tagger's
// training can be judged on 4,400 sentences without looking at the dev file. A .NET 10 file-based app.
//
// Usage (from the repository root):
//   for k in 0 1 2 3 4; do dotnet run --file tools/ner/train.cs -- <train.tsv> <dev.tsv> /tmp/fold$k.bin 10 --bag 5 --fold $k/5; done
//   dotnet run --file tools/ner/cv-recognizer.cs -- <train.tsv[,more.tsv...]> /tmp/fold 5 [--tagger] [--dump errors.tsv]
//
// Sentence i of the training files (comma-separated, numbered in that order, as train.cs does) is in part i mod K; part k is read by a recogniser whose tagger
// learnt from the other parts (<prefix>k.bin), each sentence one text as in eval-recognizer.cs,
// mentions mapped back to the DaN+ tokens. Prints span P/R/F1 per type pooled over the parts
// (MISC and -deriv/-part as O), for each file and over all of them. --dump writes every wrong or missed span with its sentence.
#:project ../../StaticNews.csproj

using StaticNews.Enrichment.Entities;

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: cv-recognizer.cs <train.tsv> <fold weights prefix> <K> [--dump errors.tsv]");
    return 2;
}
var folds = int.Parse(args[2]);
var dumpPath = Array.IndexOf(args, "--dump") is var du and >= 0 ? args[du + 1] : null;
// --tagger: score the tagger's labels alone (what `entities --conll` writes), without the recogniser's rules.
var taggerOnly = args.Contains("--tagger");
var places = Gazetteer.LoadBundled();
var common = CommonWords.LoadBundled();
var files = args[0].Split(',');
var sentences = new List<(List<string> Tokens, List<string> Tags)>();
var fileOf = new List<int>();
for (var f = 0; f < files.Length; f++)
{
    var read = ReadConll(files[f]);
    sentences.AddRange(read);
    fileOf.AddRange(Enumerable.Repeat(f, read.Count));
}
string[] types = ["LOC", "PER", "ORG"];
// Counts per file (rows 0..files-1) and over all files (last row).
var correct = new int[files.Length + 1, 3];
var predictedCount = new int[files.Length + 1, 3];
var goldCount = new int[files.Length + 1, 3];
var errors = new List<string>();
for (var k = 0; k < folds; k++)
{
    NerModel model;
    using (var file = File.OpenRead($"{args[1]}{k}.bin")) model = NerModel.Load(file);
    var tagger = new EntityTagger(places, common, model);
    var recognizer = new EntityRecognizer(places, common, tagger);
    for (var s = k; s < sentences.Count; s += folds)
    {
        var (tokens, tags) = sentences[s];
        var starts = new int[tokens.Count];
        for (var i = 1; i < tokens.Count; i++) starts[i] = starts[i - 1] + tokens[i - 1].Length + 1;
        var predictedTags = Enumerable.Repeat("O", tokens.Count).ToArray();
        if (taggerOnly) predictedTags = tagger.Tag(tokens).Select(l => BioLabels.All[l]).ToArray();
        else foreach (var m in recognizer.Recognize([string.Join(' ', tokens)]))
        {
            var kind = m.Type switch { EntityType.Location => "LOC", EntityType.Person => "PER", _ => "ORG" };
            var first = true;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (starts[i] + tokens[i].Length <= m.Start || starts[i] >= m.Start + m.Length || predictedTags[i] != "O") continue;
                predictedTags[i] = (first ? "B-" : "I-") + kind;
                first = false;
            }
        }
        var gold = Spans(tags);
        var predicted = Spans(predictedTags);
        foreach (var row in new[] { fileOf[s], files.Length })
            for (var t = 0; t < 3; t++)
            {
                goldCount[row, t] += gold.Count(g => g.Type == types[t]);
                predictedCount[row, t] += predicted.Count(p => p.Type == types[t]);
                correct[row, t] += predicted.Count(p => p.Type == types[t] && gold.Contains(p));
            }
        string Show((int Start, int End, string Type) span)
            => $"{string.Join(' ', tokens.Take(span.Start))} [[ {string.Join(' ', tokens.Skip(span.Start).Take(span.End - span.Start))} ]] {string.Join(' ', tokens.Skip(span.End))}";
        foreach (var g in gold.Where(g => !predicted.Contains(g)))
        {
            var other = predicted.FirstOrDefault(p => p.Start == g.Start && p.End == g.End);
            errors.Add($"{(other.Type != null ? "type" : "missed")}\t{g.Type}\t{other.Type ?? "-"}\t{Show(g)}");
        }
        foreach (var p in predicted.Where(p => !gold.Contains(p) && !gold.Any(g => g.Start == p.Start && g.End == p.End)))
            errors.Add($"spurious\t-\t{p.Type}\t{Show(p)}");
    }
}
for (var row = 0; row <= files.Length; row++)
{
    Console.WriteLine(row < files.Length ? Path.GetFileName(files[row]) : "all files");
    for (var t = 0; t < 3; t++)
    {
        var p = predictedCount[row, t] == 0 ? 0 : 100.0 * correct[row, t] / predictedCount[row, t];
        var r = goldCount[row, t] == 0 ? 0 : 100.0 * correct[row, t] / goldCount[row, t];
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Console.WriteLine($"  {types[t]}  P {p:0.0}  R {r:0.0}  F1 {f:0.0}  (gold {goldCount[row, t]}, predicted {predictedCount[row, t]}, correct {correct[row, t]})");
    }
}
if (dumpPath != null) File.WriteAllLines(dumpPath, errors);
return 0;

// Spans of LOC, PER, ORG; MISC and -deriv/-part count as O; an I-X not continuing an X begins a span.
static List<(int Start, int End, string Type)> Spans(IReadOnlyList<string> tags)
{
    var spans = new List<(int, int, string)>();
    var start = -1;
    string? type = null;
    for (var i = 0; i <= tags.Count; i++)
    {
        var tag = i < tags.Count ? tags[i] : "O";
        var (prefix, kind) = tag.Length > 2 && tag[1] == '-' && tag[2..] is "LOC" or "PER" or "ORG" ? (tag[0], tag[2..]) : ('O', null);
        if (start >= 0 && prefix == 'I' && kind == type) continue;
        if (start >= 0) spans.Add((start, i, type!));
        (start, type) = prefix is 'B' or 'I' ? (i, kind) : (-1, null);
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
