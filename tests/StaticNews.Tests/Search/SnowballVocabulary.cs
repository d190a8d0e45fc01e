namespace StaticNews.Tests.Search;

/// <summary>The Snowball Danish test vocabulary: each word beside its official stem (tests/fixtures/snowball-danish/).</summary>
internal static class SnowballVocabulary
{
    public static string Words => RepoPaths.Fixture("snowball-danish", "voc.txt");
    public static string Stems => RepoPaths.Fixture("snowball-danish", "output.txt");

    public static IReadOnlyList<(string Word, string Stem)> Load()
    {
        var words = File.ReadAllLines(Words);
        var stems = File.ReadAllLines(Stems);
        Assert.Equal(words.Length, stems.Length);
        return words.Zip(stems).ToList();
    }
}
