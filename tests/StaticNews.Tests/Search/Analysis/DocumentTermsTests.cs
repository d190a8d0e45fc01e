using CsCheck;
using StaticNews.Search.Analysis;

namespace StaticNews.Tests.Search.Analysis;

/// <summary>A document's counted terms are packed small and read back exactly as given.</summary>
public sealed class DocumentTermsTests
{
    private static SearchDocument Doc(string title, string lead, string body, string[] tags)
        => new("/a/", title, lead, body, tags, [], [], "2023-01-01T00:00:00+01:00", "1. januar 2023");

    [Fact]
    public void Each_term_is_counted_per_field_in_the_order_it_first_occurs()
    {
        var document = Doc("Amnesti til soldater, amnesti", "Soldaterne får amnesti", "Amnesti og soldater og atter soldater i Armenien", ["Amnesti", "Armenien"]);
        var terms = new TermTable();
        var counted = DocumentTerms.Count(document, SearchField.All, terms);

        // What the tokenizer gives field by field, counted the plain way.
        var fieldTerms = SearchField.All.Select(f => SearchTokenizer.Terms(f.TextOf(document)).ToList()).ToList();
        var expected = fieldTerms.SelectMany(t => t).Distinct()
            .Select(term => (term, fieldTerms.Select(t => t.Count(x => x == term)).ToArray())).ToList();
        Assert.Equal(fieldTerms.Select(t => t.Count), counted.Lengths);
        Assert.Equal(expected.Count, counted.TermCount);
        Assert.Equal(expected.Select(e => e.term + ":" + string.Join(',', e.Item2)),
            Read(counted).Select(e => terms[e.TermId] + ":" + string.Join(',', Enumerable.Range(0, 5).Select(e.CountIn))));
        Assert.Contains(expected, e => e.Item2.Count(c => c > 0) > 1); // a term in several fields
    }

    [Fact]
    public void A_count_past_what_a_field_holds_is_capped()
    {
        var terms = new TermTable();
        var counted = DocumentTerms.Count(Doc("", "", string.Join(' ', Enumerable.Repeat("amnesti", 5000)), []), SearchField.All, terms);

        Assert.Equal((1 << DocumentTerms.BitsPerField) - 1, Read(counted).Single().CountIn(2));
        Assert.Equal(5000, counted.Lengths[2]);
    }

    [Fact]
    public void Any_ids_and_counts_read_back_as_given()
    {
        var count = Gen.UInt[0, (1 << DocumentTerms.BitsPerField) - 1];
        var counts = Gen.Select(count, count, count, count, count)
            .Select((a, b, c, d, e) => (ulong)a | (ulong)b << 12 | (ulong)c << 24 | (ulong)d << 36 | (ulong)e << 48);
        var entry = Gen.Select(Gen.OneOf(Gen.Int[0, 200], Gen.Int[0, int.MaxValue]), Gen.OneOf(counts, Gen.UInt[1, 20].Select(n => (ulong)n << 24)));
        entry.Array[0, 300].Sample(entries =>
        {
            var packed = DocumentTerms.Of([1, 2, 3, 4, 5], entries.Select(e => e.Item1).ToArray(), entries.Select(e => e.Item2).ToArray());

            Assert.Equal(entries.Length, packed.TermCount);
            Assert.Equal(entries.Select(e => new CountedTerm(e.Item1, e.Item2)), Read(packed));
        });
    }

    [Fact]
    public void A_term_in_the_body_alone_a_few_times_takes_two_or_three_bytes_beside_its_id()
    {
        var ids = Enumerable.Range(0, 1000).ToArray();
        var packed = DocumentTerms.Of([0, 0, 3000, 0, 0], ids, ids.Select(i => (ulong)(1 + i % 3) << 24).ToArray());

        // Ids below 128 take one byte, the others two; then one byte of fields and count.
        Assert.Equal(128 * 2 + 872 * 3, packed.PackedBytes);
    }

    private static List<CountedTerm> Read(DocumentTerms counted)
    {
        var entries = new List<CountedTerm>();
        foreach (var entry in counted.Entries) entries.Add(entry);
        return entries;
    }
}
