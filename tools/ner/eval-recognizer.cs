// eval-recognizer.cs: scores what the product uses, the EntityRecognizer (tagger + place-list rules),
// on a DaN+-style CoNLL file, and prints the mentions it finds in article text files.
// A .NET 10 file-based app.
//
// Usage (from the repository root):
//   dotnet run --file tools/ner/eval-recognizer.cs -- --conll <gold.tsv> [--out <pred.tsv>]
//   dotnet run --file tools/ner/eval-recognizer.cs -- <article.txt>...
//
// CoNLL mode: each sentence becomes one text (tokens joined by single spaces) of a one-sentence
// article, since DaN+ sentences are shuffled and carry no document; mentions are mapped back to
// tokens by character offsets and written as BIO tags for tests/ner/score.py.
#:project ../../StaticNews.csproj

using System.Text;
using StaticNews.Enrichment.Entities;

var recognizer = new EntityRecognizer(Gazetteer.LoadBundled(), CommonWords.LoadBundled());
if (args.Length >= 2 && args[0] == "--conll")
{
    var outPath = args.Length >= 4 && args[2] == "--out" ? args[3] : null;
    var sentences = new List<List<string>>();
    var current = new List<string>();
    foreach (var line in File.ReadLines(args[1]).Append(""))
    {
        var token = line.Split('\t')[0].Trim();
        if (token.Length == 0)
        {
            if (current.Count > 0) sentences.Add(current);
            current = [];
        }
        else current.Add(token);
    }
    var output = new StringBuilder();
    foreach (var tokens in sentences)
    {
        var starts = new int[tokens.Count];
        var text = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0) text.Append(' ');
            starts[i] = text.Length;
            text.Append(tokens[i]);
        }
        var tags = Enumerable.Repeat("O", tokens.Count).ToArray();
        foreach (var m in recognizer.Recognize([text.ToString()]))
        {
            var kind = m.Type switch { EntityType.Location => "LOC", EntityType.Person => "PER", _ => "ORG" };
            var first = true;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (starts[i] + tokens[i].Length <= m.Start || starts[i] >= m.Start + m.Length) continue;
                if (tags[i] != "O") continue;
                tags[i] = (first ? "B-" : "I-") + kind;
                first = false;
            }
        }
        for (var i = 0; i < tokens.Count; i++) output.Append(tokens[i]).Append('\t').Append(tags[i]).Append('\n');
        output.Append('\n');
    }
    if (outPath != null) File.WriteAllText(outPath, output.ToString(), new UTF8Encoding(false));
    else Console.Write(output);
    return 0;
}
foreach (var path in args)
{
    var texts = File.ReadAllLines(path).Where(l => l.Trim().Length > 0).ToList();
    Console.WriteLine($"== {path}");
    foreach (var m in recognizer.Recognize(texts))
        Console.WriteLine($"{m.Type,-12} {m.Surface,-30} → {m.Canonical}");
}
return 0;
