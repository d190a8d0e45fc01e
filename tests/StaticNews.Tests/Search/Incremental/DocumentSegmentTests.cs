using System.Text;
using StaticNews.Search.Analysis;
using StaticNews.Search.Incremental;

namespace StaticNews.Tests.Search.Incremental;

/// <summary>A segment gives back each document's key, counted terms and filter keys, each term and filter key written once.</summary>
public sealed class DocumentSegmentTests
{
    private static SearchDocument Doc(string title, string body)
        => new("/a/", title, "Et kort resumé", body, [], [], [], "2023-01-01T00:00:00+01:00", "1. januar 2023");

    private static byte[] Segment(IReadOnlyList<StoredDocument> documents, TermTable terms)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)) DocumentSegment.Write(writer, documents, terms);
        return stream.ToArray();
    }

    private static List<StoredDocument> Read(byte[] segment, TermTable terms)
    {
        using var reader = new BinaryReader(new MemoryStream(segment), Encoding.UTF8);
        return DocumentSegment.Read(reader, terms);
    }

    [Fact]
    public void Documents_come_back_with_their_terms_counted_per_field_under_the_readers_ids()
    {
        var terms = new TermTable();
        var first = DocumentTerms.Count(Doc("Amnesti til soldater", "amnesti amnesti"), SearchField.All, terms);
        var second = DocumentTerms.Count(Doc("Soldater", "intet om amnesti"), SearchField.All, terms);
        var loadedTerms = new TermTable();
        loadedTerms.IdOf("et ord før de andre");
        var loaded = Read(Segment([new("k1", first, ["~year:2023"]), new("k2", second, ["~year:2023", "~tag:a"])], terms), loadedTerms);

        Assert.Equal(["k1", "k2"], loaded.Select(d => d.Key));
        Assert.Equal([["~year:2023"], ["~year:2023", "~tag:a"]], loaded.Select(d => d.FilterKeys));
        foreach (var (written, read) in new[] { first, second }.Zip(loaded))
        {
            Assert.Equal(written.Lengths, read.Terms.Lengths);
            Assert.Equal(Entries(written).Select(e => (terms[e.TermId], e.Counts)), Entries(read.Terms).Select(e => (loadedTerms[e.TermId], e.Counts)));
        }
    }

    [Fact]
    public void A_term_and_a_filter_key_many_documents_hold_are_written_once()
    {
        var terms = new TermTable();
        var counted = DocumentTerms.Count(Doc("Amnesti", "amnesti"), SearchField.All, terms);
        var segment = Segment([.. Enumerable.Range(0, 5).Select(d => new StoredDocument("k" + d, counted, ["~location:armenien"]))], terms);
        Assert.Equal(1, Occurrences(segment, "amnesti"));
        Assert.Equal(1, Occurrences(segment, "~location:armenien"));
    }

    [Fact]
    public void A_segment_of_another_set_of_fields_is_refused()
    {
        var segment = Segment([], new TermTable());
        segment[0]++;
        Assert.Throws<InvalidDataException>(() => Read(segment, new TermTable()));
    }

    private static List<CountedTerm> Entries(DocumentTerms counted)
    {
        var entries = new List<CountedTerm>();
        foreach (var entry in counted.Entries) entries.Add(entry);
        return entries;
    }

    private static int Occurrences(byte[] bytes, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        var count = 0;
        for (var at = 0; at + needle.Length <= bytes.Length; at++)
            if (bytes.AsSpan(at, needle.Length).SequenceEqual(needle)) count++;
        return count;
    }
}
