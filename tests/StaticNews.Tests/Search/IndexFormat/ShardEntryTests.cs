using System.Text.Json;
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
                Assert.Equal(docs.Length > head, entry.IsSplit);
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
            Assert.Equal(whole.RestNames, appended.RestNames);
            Assert.Equal(whole.RestParts.Select(p => p.ToArray()), appended.RestParts.Select(p => p.ToArray()));
            Assert.Equal(whole.Count, appended.Count);
        }
        // Most growth is at the end of the rest or of a short list; only a posting entering a head is made whole.
        Assert.InRange(extended, 1000, 2000);
    }

    [Fact]
    public void A_long_rest_is_cut_into_parts_that_each_count_their_ids_from_nothing()
    {
        var random = new Random(3);
        var (docs, impacts) = RandomList(random, 2 * PostingList.MinRestPart + 300);
        var entry = ShardEntry.Term("og", docs, impacts, 8);

        Assert.Equal(3, entry.RestParts.Length);
        Assert.Equal(entry.RestParts.Select(p => SearchIndexFiles.NameOf(p.ToArray())), entry.RestNames);
        using var value = JsonDocument.Parse(entry.Value);
        Assert.Equal(entry.RestNames, value.RootElement.GetProperty("rest").EnumerateArray().Select(n => n.GetString()));
        var restDocs = new List<int>();
        foreach (var part in entry.RestParts)
        {
            using var array = JsonDocument.Parse(part);
            var pairs = array.RootElement.EnumerateArray().Select(n => n.GetInt32()).ToArray();
            var id = 0;
            for (var i = 0; i < pairs.Length; i += 2) restDocs.Add(id += pairs[i]);
            // The first id of a part is written whole, not as the step from the part before.
            Assert.Equal(restDocs[^(pairs.Length / 2)], pairs[0]);
        }
        Assert.Equal([PostingList.MinRestPart, PostingList.MinRestPart, docs.Length - 8 - 2 * PostingList.MinRestPart], entry.RestParts.Select(p => JsonDocument.Parse(p).RootElement.GetArrayLength() / 2));
        Assert.Equal(docs, entry.Postings().Docs);
        Assert.Equal(impacts, entry.Postings().Impacts);
    }

    [Fact]
    public void A_rests_parts_double_in_length_each_time_it_grows_fourfold()
    {
        Assert.Equal([1024, 1024, 2048, 2048, 4096, 8192], new[] { 1, 4095, 4096, 16383, 16384, 90_000 }.Select(PostingList.RestPartFor));
        var random = new Random(5);
        var (docs, impacts) = RandomList(random, 8 + 5000);
        var entry = ShardEntry.Term("og", docs, impacts, 8);
        Assert.Equal([2048, 2048, 904], entry.RestParts.Select(p => JsonDocument.Parse(p).RootElement.GetArrayLength() / 2));
        Assert.Equal(docs, entry.Postings().Docs);
    }

    [Fact]
    public void A_rest_growing_past_a_step_is_cut_anew_not_extended()
    {
        var random = new Random(6);
        var (docs, impacts) = RandomList(random, 8 + 4095);
        var entry = ShardEntry.Term("og", docs, impacts, 8);
        Assert.Null(entry.Appended([docs[^1] + 1], [0], 8));
        Assert.NotNull(ShardEntry.Term("og", docs[..^1], impacts[..^1], 8).Appended([docs[^1]], [0], 8));
    }

    [Fact]
    public void New_postings_past_a_full_part_begin_the_next_as_the_whole_list_would_and_keep_the_others()
    {
        var random = new Random(4);
        var crossed = 0;
        for (var round = 0; round < 300; round++)
        {
            const int head = 8;
            var (docs, impacts) = RandomList(random, head + PostingList.MinRestPart + random.Next(-4, 4));
            var added = random.Next(1, 6);
            var newDocs = new int[added];
            for (var i = 0; i < added; i++) newDocs[i] = (i == 0 ? docs[^1] : newDocs[i - 1]) + random.Next(1, 5);
            // Impacts below any a head holds: the postings go to the rest.
            var newImpacts = newDocs.Select(_ => 0).ToArray();

            var before = ShardEntry.Term("og", docs, impacts, head);
            var appended = before.Appended(newDocs, newImpacts, head)!;
            var whole = ShardEntry.Term("og", [.. docs, .. newDocs], [.. impacts, .. newImpacts.Select(i => (byte)i)], head);
            Assert.Equal(whole.Value.ToArray(), appended.Value.ToArray());
            Assert.Equal(whole.RestNames, appended.RestNames);
            Assert.Equal(whole.RestParts.Select(p => p.ToArray()), appended.RestParts.Select(p => p.ToArray()));
            // Every part but the last the entry had is kept as it was.
            Assert.Equal(before.RestNames![..^1], appended.RestNames![..(before.RestNames.Length - 1)]);
            if (appended.RestParts.Length > before.RestParts.Length) crossed++;
        }
        Assert.InRange(crossed, 30, 300);
    }
}
