namespace StaticNews.Tests.Enrichment.Entities;

/// <summary>
/// Span-level F1 per type (LOC, PER, ORG) over BIO-tagged sentences, as tests/ner/score.py
/// counts it: a predicted span counts only when its type, start and end all match the gold span.
/// </summary>
internal sealed class SpanScore
{
    private readonly Dictionary<string, (int Correct, int Predicted, int Gold)> _counts = new()
    {
        ["LOC"] = default, ["PER"] = default, ["ORG"] = default,
    };

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var goldSpans = EntityTaggerTests.Spans(gold);
        var predictedSpans = EntityTaggerTests.Spans(predicted);
        foreach (var type in _counts.Keys.ToList())
        {
            var g = goldSpans.Where(s => s.Type == type).ToHashSet();
            var p = predictedSpans.Where(s => s.Type == type).ToHashSet();
            var c = _counts[type];
            _counts[type] = (c.Correct + p.Count(g.Contains), c.Predicted + p.Count, c.Gold + g.Count);
        }
    }

    public Dictionary<string, double> F1() => _counts.ToDictionary(c => c.Key, c =>
    {
        var precision = c.Value.Predicted == 0 ? 0 : 100.0 * c.Value.Correct / c.Value.Predicted;
        var recall = c.Value.Gold == 0 ? 0 : 100.0 * c.Value.Correct / c.Value.Gold;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    });
}
