using StaticNews.Search.IndexFormat;


namespace StaticNews.Tests.Search.IndexFormat;

/// <summary>
/// An entry's bytes hold its whole posting list, which is read back from them; and a list that
/// grows at its end (new articles) is extended in place to exactly the bytes it would be written as whole.
/// </summary>
public sealed class ShardEntryTests
{
    private static (int[] Docs, byte[] Impacts) RandomList(Random random, int count, int firstId = 0)
    {
        var docs = Enumerable.Range(firstId, 3 * count).OrderBy(_ => random.Next()).Take(count).Order().ToArray();
        return (docs, docs.Select(_ => (byte)random.Next(1, random.Next(2) == 0 ? 6 : 100)).ToArray());
    }

    [Fact]
    public void A_terms_postings_read_back_from_its_bytes_whole_or_split()
    {
        var random = new Random(1);
        foreach (var head in new[] { 4, 16, 512 })
        {
            for (var round = 0; round < 50; round++)
            {
                var (docs, impacts) = RandomList(random, random.Next(1, 300));
                var entry = ShardEntry.Term("ord", docs, impacts, head);
                Assert.Equal(docs.Length > head, entry.RestName != null);
                var (readDocs, readImpacts) = entry.Postings();
                Assert.Equal(docs, readDocs);
                Assert.Equal(impacts, readImpacts);
            }
        }
    }

    [Fact]
    public void A_filters_documents_read_back_whatever_its_label_holds()
    {
        var entry = ShardEntry.Filter("~tag:x", "Citat \"med\" \\ skråstreg, og komma", [0, 5, 6, 1000]);
        Assert.Equal([0, 5, 6, 1000], entry.Documents());
    }

    [Fact]
    public void New_postings_at_the_end_extend_the_bytes_to_those_of_the_whole_list()
    {
        var random = new Random(2);
        var extended = 0;
        for (var round = 0; round < 2000; round++)
        {
            var head = random.Next(2) == 0 ? 8 : 64;
            var (docs, impacts) = RandomList(random, random.Next(1, 150));
            var added = random.Next(1, 4);
            var newDocs = new int[added];
            for (var i = 0; i < added; i++) newDocs[i] = (i == 0 ? docs[^1] : newDocs[i - 1]) + random.Next(1, 5);
            var newImpacts = newDocs.Select(_ => (int)(byte)random.Next(1, 100)).ToArray();

            var appended = ShardEntry.Term("ord", docs, impacts, head).Appended(newDocs, newImpacts, head);
            if (appended == null) continue;
            extended++;
            var whole = ShardEntry.Term("ord", [.. docs, .. newDocs], [.. impacts, .. newImpacts.Select(i => (byte)i)], head);
            Assert.Equal(whole.Value.ToArray(), appended.Value.ToArray());
            Assert.Equal(whole.RestName, appended.RestName);
            Assert.Equal(whole.Rest.ToArray(), appended.Rest.ToArray());
            Assert.Equal(whole.Count, appended.Count);
        }
        // Most growth is at the end of the rest or of a short list; only a posting entering a head is made whole.
        Assert.InRange(extended, 1000, 2000);
    }
}
