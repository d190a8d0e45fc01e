using static StaticNews.Tests.Search.StoredIndex;
using StaticNews.Search.Analysis;
using StaticNews.Search.Incremental;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Tests.Search.Incremental;

/// <summary>
/// The documents an update changes come as the last build left them (from the store) and as they
/// are now, and what follows from them is what counting every document anew gives.
/// </summary>
public sealed class ChangedDocumentsTests : IDisposable
{
    private static readonly SearchDocument[] Last = [Doc("Amnesti", "soldater får amnesti"), Doc("Valg", "valget i Armenien", new SearchFilter("tag", "valg", "Valg")), Doc("Vejret", "regn og blæst")];
    private static readonly SearchDocument[] Next = [Last[0], Doc("Valg igen", "et nyt valg", new SearchFilter("tag", "valg", "Valg")), Last[2], Doc("Fodbold", "en lang kamp om amnesti")];

    private readonly StoredIndex _index = new(Last);

    [Fact]
    public void The_changed_ids_are_the_edited_and_the_new_ones()
    {
        var changed = _index.Changed(Next);
        Assert.Equal([1, 3], changed.Ids);
        Assert.Equal((3, 4), (changed.Before, changed.After));
    }

    [Fact]
    public void An_edited_documents_old_terms_and_filters_come_from_its_segment()
    {
        var changed = _index.Changed(Next);
        changed.ReadOld();
        Assert.Equal(Key(Last[1]), changed.Old(1).Key);
        Assert.Equal(["~tag:valg"], changed.Old(1).FilterKeys);
        var oldTerms = new List<string>();
        foreach (var term in changed.Old(1).Terms.Entries) oldTerms.Add(_index.Terms[term.TermId]);
        Assert.Contains("armeni", oldTerms);
    }

    [Fact]
    public void The_length_sums_are_those_of_every_document_counted_anew()
    {
        var changed = _index.Changed(Next);
        changed.ReadOld();
        var counted = Next.Select(d => DocumentTerms.Count(d, SearchField.All, new TermTable()).Lengths).ToList();
        Assert.Equal(Enumerable.Range(0, SearchField.All.Count).Select(f => counted.Sum(l => (long)l[f])), changed.LengthSums());
    }

    [Fact]
    public void Fragment_names_are_the_changed_documents_new_ones_and_the_others_as_they_were()
    {
        var names = _index.Changed(Next).FragmentNames();
        Assert.Equal(Next.Select(d => SearchIndexFiles.NameOf(_index.Builder.Fragment(d))), names);
        Assert.Equal([_index.State.FragmentNames[0], _index.State.FragmentNames[2]], [names[0], names[2]]);
    }

    [Fact]
    public void A_changed_id_without_its_new_document_is_refused()
    {
        var changed = new ChangedDocuments(_index.Store, _index.State, [.. Next.Select(Key)], [1], new Dictionary<int, IndexedDocument>(), _index.Terms);
        Assert.Throws<ArgumentException>(() => changed.New(1));
    }

    public void Dispose() => _index.Dispose();
}
