using StaticNews.Enrichment.Entities;

namespace StaticNews.Tests.Enrichment.Entities;

/// <summary>
/// The shipped tagger on the DaN+ news dev file (tests/fixtures/ner/), scored by spans as
/// tests/ner/score.py scores them. The shipped weights learnt from this file too (with the rest of
/// DaN+; quality is measured by cross-validation, docs/benchmarks.md), so the floors do not measure
/// quality: they catch weights that no longer fit the features or the data files they were trained with.
/// </summary>
public class EntityTaggerTests
{
    private static readonly Lazy<Dictionary<string, double>> DevF1 = new(ScoreDev);

    [Theory]
    [InlineData("LOC", 79.0)]
    [InlineData("PER", 87.5)]
    [InlineData("ORG", 60.0)]
    public void Beats_the_agreed_floor_on_the_dev_file(string type, double floor)
        => Assert.True(DevF1.Value[type] >= floor, $"{type} F1 {DevF1.Value[type]:0.0} is under the floor {floor}");

    [Fact]
    public void Tags_names_in_a_plain_sentence()
    {
        var tagger = EntityTagger.Bundled(Gazetteer.LoadBundled(), CommonWords.LoadBundled());
        string[] tokens = ["Statsminister", "Poul", "Nyrup", "Rasmussen", "besøgte", "Aarhus", "i", "går", "."];
        var tags = tagger.Tag(tokens).Select(t => BioLabels.All[t]).ToArray();
        Assert.Equal(["O", "B-PER", "I-PER", "I-PER", "O", "B-LOC", "O", "O", "O"], tags);
    }

    [Fact]
    public void Tags_with_cached_per_word_sums_exactly_as_with_every_feature_scored()
    {
        // The shipped (quantized) model takes the fast path; the same weights in a model built by
        // hand, as in training, score every feature one by one. Their tags must not differ anywhere.
        var places = Gazetteer.LoadBundled();
        var common = CommonWords.LoadBundled();
        var shipped = NerModel.LoadBundled();
        var fast = new EntityTagger(places, common, shipped);
        var full = new EntityTagger(places, common, new NerModel(shipped.Rows, shipped.Weights, shipped.Transitions));
        Assert.True(shipped.IsQuantized);
        var sentences = ReadConll(RepoPaths.Fixture("ner", "danplus-news-dev.tsv"));
        var differing = sentences.Count(s => !fast.Tag(s.Tokens).SequenceEqual(full.Tag(s.Tokens)));
        Assert.Equal(0, differing);
    }

    private static Dictionary<string, double> ScoreDev()
    {
        var tagger = EntityTagger.Bundled(Gazetteer.LoadBundled(), CommonWords.LoadBundled());
        var score = new SpanScore();
        foreach (var (tokens, gold) in ReadConll(RepoPaths.Fixture("ner", "danplus-news-dev.tsv")))
            score.Add(gold, tagger.Tag(tokens).Select(t => BioLabels.All[t]).ToList());
        return score.F1();
    }

    /// <summary>Spans of LOC, PER, ORG; MISC and -deriv/-part subtypes count as O; an I-X not continuing an X begins a span.</summary>
    internal static List<(int Start, int End, string Type)> Spans(IReadOnlyList<string> tags)
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

    internal static List<(List<string> Tokens, List<string> Tags)> ReadConll(string path)
    {
        var sentences = new List<(List<string>, List<string>)>();
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.Trim().Length == 0)
            {
                if (tokens.Count > 0) sentences.Add((tokens, tags));
                tokens = [];
                tags = [];
                continue;
            }
            var columns = line.Split('\t');
            tokens.Add(columns[0]);
            tags.Add(columns.Length > 1 ? columns[1] : "O");
        }
        return sentences;
    }
}
