using StaticNews.Search;

namespace StaticNews.Tests.Search;

/// <summary>
/// The term cache hands a later build each unchanged document's counted terms and fragment name,
/// exactly as they were counted; a damaged or foreign file is ignored, never trusted.
/// </summary>
public sealed class SearchTermCacheTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static SearchDocument Doc(string title, string body)
        => new("/a/", title, "Et kort resumé", body, ["Hikmet Hajiyev"], ["Armenien"], [], "2023-01-01T00:00:00+01:00", "1. januar 2023");

    [Fact]
    public void Counts_come_back_per_term_and_field_after_a_save_and_a_load()
    {
        var first = new SearchTermCache(_temp.Path);
        var counted = DocumentTerms.Count(Doc("Amnesti til soldater", "amnesti amnesti i Armenien"), SearchField.All, first.Terms);
        first.Remember("key-1", counted, "fragment1");
        first.Save();

        var second = new SearchTermCache(_temp.Path);
        Assert.True(second.TryGet("key-1", out var loaded, out var fragment));
        Assert.Equal("fragment1", fragment);
        Assert.Equal(counted.Lengths, loaded.Lengths);
        Assert.Equal(Table(counted, first.Terms), Table(loaded, second.Terms));
        Assert.False(second.TryGet("key-2", out _, out _));
    }

    [Fact]
    public void Only_the_documents_of_the_last_build_are_kept()
    {
        var first = new SearchTermCache(_temp.Path);
        first.Remember("old", DocumentTerms.Count(Doc("Gammel", "tekst"), SearchField.All, first.Terms), "f-old");
        first.Save();
        var second = new SearchTermCache(_temp.Path);
        second.Remember("new", DocumentTerms.Count(Doc("Ny", "tekst"), SearchField.All, second.Terms), "f-new");
        second.Save();

        var third = new SearchTermCache(_temp.Path);
        Assert.False(third.TryGet("old", out _, out _));
        Assert.True(third.TryGet("new", out _, out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(40)]
    [InlineData(120)]
    public void A_damaged_file_is_not_used(int cutAt)
    {
        var cache = new SearchTermCache(_temp.Path);
        cache.Remember("key-1", DocumentTerms.Count(Doc("Amnesti", "amnesti"), SearchField.All, cache.Terms), "fragment1");
        cache.Save();
        var file = Directory.GetFiles(_temp.Path).Single();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, cutAt == 0 ? [.. bytes.Select(b => (byte)(b ^ 0x5a))] : bytes[..Math.Min(cutAt, bytes.Length - 1)]);

        Assert.False(new SearchTermCache(_temp.Path).TryGet("key-1", out _, out _));
    }

    [Fact]
    public void Counts_are_kept_per_field_and_capped_not_wrapped()
    {
        var terms = new TermTable();
        var many = string.Join(' ', Enumerable.Repeat("soldat", 5000));
        var counted = DocumentTerms.Count(Doc("Soldater", many), SearchField.All, terms);
        var entry = Array.IndexOf(counted.TermIds, terms.IdOf(SearchTokenizer.Terms("soldat").Single()));

        Assert.Equal(1, counted.CountOf(entry, SearchField.All.ToList().IndexOf(SearchField.Title)));
        Assert.Equal(4095, counted.CountOf(entry, SearchField.All.ToList().IndexOf(SearchField.Body)));
        Assert.Equal(5000, counted.Lengths[SearchField.All.ToList().IndexOf(SearchField.Body)]);
    }

    private static SortedDictionary<string, ulong> Table(DocumentTerms counted, TermTable terms)
        => new(counted.TermIds.Select((id, i) => (terms[id], counted.Counts[i])).ToDictionary(p => p.Item1, p => p.Item2), StringComparer.Ordinal);

    public void Dispose() => _temp.Dispose();
}
