using StaticNews.Enrichment.Entities;

namespace StaticNews.Tests.Enrichment.Entities;

/// <summary>
/// The word lists the tagger loads from its embedded copies hold every entry of the files in
/// data/lexicon/, read here line by line as plainly as can be.
/// </summary>
public class BundledListsTests
{
    private static IEnumerable<string> Words(string file)
        => File.ReadLines(Path.Combine(RepoPaths.Root, "data", "lexicon", file)).Where(l => l.Length > 0 && l[0] != '#');

    [Fact]
    public void Typed_names_give_every_listed_form_its_kinds()
    {
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Words("apertium-proper-nouns.tsv"))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0) expected[line[..tab]] = line[(tab + 1)..];
        }
        var names = TypedNames.LoadBundled();
        Assert.True(expected.Count > 20_000, $"only {expected.Count} typed names in the file");
        Assert.All(expected, e => Assert.Equal(e.Value, names.KindsOf(e.Key)));
        Assert.Null(names.KindsOf("Xyzzyqq"));
    }

    [Fact]
    public void Proper_nouns_hold_every_listed_name()
    {
        var listed = Words("danish-proper-nouns.txt").ToList();
        var names = ProperNouns.LoadBundled();
        Assert.True(listed.Count > 20_000, $"only {listed.Count} proper nouns in the file");
        Assert.All(listed, name => Assert.True(names.Contains(name), name));
        Assert.False(names.Contains("Xyzzyqq"));
    }

    [Fact]
    public void Common_words_hold_every_listed_word_and_the_calendar()
    {
        var listed = Words("danish-common-words.txt").ToList();
        var words = CommonWords.LoadBundled();
        Assert.True(listed.Count > 20_000, $"only {listed.Count} common words in the file");
        Assert.All(listed, word => Assert.True(words.Contains(word), word));
        Assert.True(words.Contains("Mandag"));
        Assert.False(words.Contains("xyzzyqq"));
    }
}
