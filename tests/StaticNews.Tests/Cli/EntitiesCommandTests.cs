using System.Diagnostics;

namespace StaticNews.Tests.Cli;

/// <summary>`entities --conll FILE --out FILE` run as the real executable.</summary>
[Trait("Category", "Slow")]
public class EntitiesCommandTests
{
    [Fact]
    public async Task Writes_every_token_back_with_one_BIO_tag()
    {
        using var folder = new TempFolder();
        var input = Path.Combine(folder.Path, "in.tsv");
        var output = Path.Combine(folder.Path, "out.tsv");
        var gold = File.ReadLines(RepoPaths.Fixture("ner", "danplus-news-dev.tsv")).Take(300).ToList();
        while (gold[^1].Length > 0) gold.RemoveAt(gold.Count - 1);  // end at a sentence boundary
        gold.RemoveAt(gold.Count - 1);
        File.WriteAllLines(input, gold);

        using var process = StaticNewsExecutable.Start(AppContext.BaseDirectory, ["entities", "--conll", input, "--out", output]);
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(process.ExitCode == 0, await error);

        var written = File.ReadAllLines(output).ToList();
        while (written.Count > 0 && written[^1].Length == 0) written.RemoveAt(written.Count - 1);
        Assert.Equal(gold.Select(l => l.Split('\t')[0]), written.Select(l => l.Split('\t')[0]));
        string[] allowed = ["O", "B-LOC", "I-LOC", "B-PER", "I-PER", "B-ORG", "I-ORG"];
        Assert.All(written.Where(l => l.Length > 0), l => Assert.Contains(l.Split('\t')[1], allowed));
        Assert.Contains(written, l => l.EndsWith("\tB-PER", StringComparison.Ordinal));
    }
}
