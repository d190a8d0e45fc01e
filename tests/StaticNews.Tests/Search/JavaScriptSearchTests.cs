using System.Text.Json;
using StaticNews.Search.Analysis;

namespace StaticNews.Tests.Search;

/// <summary>theme/assets/search-analysis.js run in Node: its stemmer and tokenizer must agree with the C# ones exactly.</summary>
[Trait("Category", "Slow")]
public sealed class JavaScriptSearchTests
{
    [Fact]
    public void The_browser_stemmer_agrees_with_every_line_of_the_Snowball_vocabulary()
    {
        var output = NodeScript.Run($$"""
            import { stem } from '{{NodeScript.AnalysisModuleUrl}}';
            import { readFileSync } from 'node:fs';
            const words = readFileSync(process.argv[2], 'utf8').split('\n');
            const stems = readFileSync(process.argv[3], 'utf8').split('\n');
            const wrong = [];
            let checked = 0;
            for (let i = 0; i < words.length; i++) {
              if (words[i] === '' && stems[i] === '') continue;
              checked++;
              const got = stem(words[i]);
              if (got !== stems[i]) wrong.push(`${words[i]} → ${got}, expected ${stems[i]}`);
            }
            console.log(JSON.stringify({ checked, wrong: wrong.length, examples: wrong.slice(0, 20) }));
            """, SnowballVocabulary.Words, SnowballVocabulary.Stems);
        using var result = JsonDocument.Parse(output);
        Assert.Equal(23_832, result.RootElement.GetProperty("checked").GetInt32());
        Assert.True(result.RootElement.GetProperty("wrong").GetInt32() == 0, output);
    }

    [Fact]
    public void The_browser_tokenizer_makes_the_same_terms_as_the_index_builder()
    {
        var text = string.Join("\n", File.ReadAllText(Path.Combine(RepoPaths.SampleInput, "articles", "aserbajdsjan-aabner-for-amnesti-til-armenske-soldater.md")),
            "Nagorno-Karabakh's 150.000 indbyggere, 2,5 pct. ÆBLER Øster Århus rock'n'roll – de facto-selvstyre “citat” e\u0301 naïve 3-0");
        var file = WriteTemp(text);
        string output;
        try
        {
            output = NodeScript.Run($$"""
            import { terms } from '{{NodeScript.AnalysisModuleUrl}}';
            import { readFileSync } from 'node:fs';
            const stop = new Set(JSON.parse(process.argv[3]));
            console.log(JSON.stringify(terms(readFileSync(process.argv[2], 'utf8'), stop)));
            """, file, JsonSerializer.Serialize(DanishStopWords.All));
        }
        finally
        {
            File.Delete(file);
        }
        var browser = JsonSerializer.Deserialize<List<string>>(output)!;
        var builder = SearchTokenizer.Terms(text).ToList();
        Assert.Contains("nagorno-karabakh", builder);
        Assert.Equal(builder, browser);
    }

    private static string WriteTemp(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"staticnews-terms-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        return path;
    }
}
