using StaticNews.Enrichment.Entities;

namespace StaticNews.Tests.Enrichment.Entities;

/// <summary>
/// Entities as a reader expects them, on short Danish wire texts (tests/fixtures/ner/wire-texts.txt):
/// each text's title and paragraphs go through the recogniser as ingest sends them, and the
/// expected places, people and organisations must be among what it finds, with nothing it must not find.
/// </summary>
public class WireTextTests
{
    private static readonly EntityRecognizer Recognizer = new(Gazetteer.LoadBundled(), CommonWords.LoadBundled());

    private static readonly Lazy<Dictionary<string, WireText>> Texts = new(() => WireText.ReadAll(RepoPaths.Fixture("ner", "wire-texts.txt")));

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var name in Texts.Value.Keys) names.Add(name);
        return names;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Finds_what_a_reader_expects(string name)
    {
        var text = Texts.Value[name];
        var mentions = Recognizer.Recognize(text.Paragraphs);
        var found = new Dictionary<string, List<string>>
        {
            ["places"] = Canonical(mentions, EntityType.Location),
            ["people"] = Canonical(mentions, EntityType.Person),
            ["organisations"] = Canonical(mentions, EntityType.Organisation),
        };
        var shown = string.Join("; ", found.Select(f => $"{f.Key}: {string.Join(", ", f.Value)}"));
        foreach (var (key, list) in found)
            foreach (var expected in text.Expected(key))
                Assert.True(list.Contains(expected), $"{name}: expected {expected} among the {key}; found {shown}");
        foreach (var junk in text.Expected("not"))
            Assert.False(found.Values.Any(l => l.Contains(junk)), $"{name}: {junk} must not be found; found {shown}");
    }

    [Fact]
    public void The_fixture_has_texts_with_expectations()
    {
        Assert.True(Texts.Value.Count >= 8);
        Assert.All(Texts.Value.Values, t => Assert.True(t.Paragraphs.Count >= 2 && t.Expectations.Count > 0, t.Name));
    }

    private static List<string> Canonical(IEnumerable<EntityMention> mentions, EntityType type)
        => mentions.Where(m => m.Type == type).Select(m => m.Canonical).Distinct().ToList();

    /// <summary>One text of the fixture: "== name", the title and paragraphs, then "key: a; b" lines.</summary>
    private sealed record WireText(string Name, List<string> Paragraphs, Dictionary<string, List<string>> Expectations)
    {
        private static readonly string[] Keys = ["places", "people", "organisations", "not"];

        public IEnumerable<string> Expected(string key) => Expectations.GetValueOrDefault(key) ?? [];

        public static Dictionary<string, WireText> ReadAll(string path)
        {
            var texts = new Dictionary<string, WireText>();
            WireText? current = null;
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                if (line.Length == 0 || line.StartsWith('#')) continue;
                if (line.StartsWith("== ", StringComparison.Ordinal))
                {
                    current = new WireText(line[3..].Trim(), [], []);
                    texts.Add(current.Name, current);
                    continue;
                }
                if (current == null) throw new FormatException($"{path}:{lineNumber}: text before the first '== name' line");
                var colon = line.IndexOf(':');
                if (colon > 0 && Keys.Contains(line[..colon]))
                    current.Expectations[line[..colon]] = line[(colon + 1)..].Split(';').Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
                else
                    current.Paragraphs.Add(line);
            }
            return texts;
        }
    }
}
