using System.Diagnostics;
using System.Globalization;
using System.Text;
using StaticNews.Enrichment.Entities;

namespace StaticNews.Cli;

/// <summary>
/// `entities --conll FILE --out FILE`: tags a CoNLL/TSV file of tokens (first column the token,
/// blank lines between sentences, other columns ignored) with the entity tagger and writes each
/// token with its predicted BIO tag, for scoring against a gold file (tests/ner/score.sh).
/// </summary>
internal static class EntitiesCommand
{
    public static System.CommandLine.Command Create()
    {
        var conll = new System.CommandLine.Option<FileInfo>("--conll") { Description = "Tokens to tag: one per line (first column), blank line between sentences.", Required = true };
        var output = new System.CommandLine.Option<FileInfo>("--out") { Description = "Where to write token<TAB>tag lines.", Required = true };
        var command = new System.CommandLine.Command("entities", "Tag a CoNLL/TSV token file with LOC, PER and ORG (BIO) for evaluation.");
        command.Options.Add(conll);
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var input = result.GetValue(conll)!;
            if (!input.Exists)
            {
                Console.Error.WriteLine($"error: {input.FullName}: no such file");
                return 1;
            }
            var sentences = Read(input.FullName);
            var tagger = EntityTagger.Bundled(Gazetteer.LoadBundled(), CommonWords.LoadBundled());
            // CPU time beside wall time: on a shared machine the wall clock also counts other processes' turns.
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var tags = sentences.Select(s => tagger.Tag(s)).ToList();
            clock.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

            var text = new StringBuilder();
            for (var s = 0; s < sentences.Count; s++)
            {
                for (var i = 0; i < sentences[s].Count; i++)
                    text.Append(sentences[s][i]).Append('\t').Append(BioLabels.All[tags[s][i]]).Append('\n');
                text.Append('\n');
            }
            File.WriteAllText(result.GetValue(output)!.FullName, text.ToString(), new UTF8Encoding(false));

            var bytes = sentences.Sum(s => s.Sum(t => Encoding.UTF8.GetByteCount(t) + 1));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"tagged {sentences.Count} sentences, {sentences.Sum(s => s.Count)} tokens, {bytes} bytes of text in {clock.Elapsed.TotalSeconds:0.000} s ({cpu.TotalSeconds:0.000} s CPU)"));
            return 0;
        });
        return command;
    }

    private static List<List<string>> Read(string path)
    {
        var sentences = new List<List<string>>();
        var current = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            var token = line.Split('\t')[0].Trim();
            if (token.Length == 0)
            {
                if (current.Count > 0) sentences.Add(current);
                current = [];
            }
            else
            {
                current.Add(token);
            }
        }
        if (current.Count > 0) sentences.Add(current);
        return sentences;
    }
}
