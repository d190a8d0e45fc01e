using StaticNews.Caching;
using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Ingest;
using StaticNews.Text;

namespace StaticNews.Tests.Ingest;

public class ArticleStoreTests
{
    private static string Generated(string slug, string seed, string body = "Havnen åbner igen.") => ArticleFileFormat.WriteGenerated(new ArticleFile(new FrontMatter
    {
        Title = "Havnen åbner",
        Date = new DateTimeOffset(2023, 12, 31, 23, 0, 0, TimeSpan.FromHours(1)),
        Slug = slug,
        Seed = seed,
        SeedHash = "seedhash",
    }, body));

    [Fact]
    public void A_file_the_store_wrote_is_mapped_to_its_seed_by_the_next_store_from_its_hash_alone()
    {
        using var temp = new TempFolder();
        var folder = temp["articles"];
        var cache = new BuildCache(temp["cache"]);
        var text = Generated("havnen", "seeds/havnen.txt");

        var first = new ArticleStore(folder, cache: cache);
        var path = first.PathFor(first.ClaimSlug("havnen", "seeds/havnen.txt"));
        Assert.True(first.Write(path, text, "seeds/havnen.txt"));
        first.SaveFacts();

        // The bytes on disk are swapped for a file naming no seed: only a store that takes the
        // written file's facts from the cache, by the hash it is told, still maps the seed.
        File.WriteAllText(path, "---\ntitle: x\n---\n\nx\n");
        var hash = ContentHash.Of(text);
        var second = new ArticleStore(folder, file => file == path ? hash : null, cache);

        Assert.Equal(path, second.FileFor("seeds/havnen.txt"));
        Assert.Equal("seedhash", second.UntouchedSeedHashFor("seeds/havnen.txt"));
    }

    [Fact]
    public void A_facts_file_damaged_inside_a_length_is_no_cache_and_every_file_is_read()
    {
        using var temp = new TempFolder();
        var folder = temp["articles"];
        var cache = new BuildCache(temp["cache"]);
        var text = Generated("havnen", "seeds/havnen.txt");
        var first = new ArticleStore(folder, cache: cache);
        var path = first.PathFor("havnen");
        first.Write(path, text, "seeds/havnen.txt");
        first.SaveFacts();
        // The header and key kept, then the first chunk's length made a number far past the end,
        // and then bytes inside the chunk garbled: both are no cache.
        var facts = Directory.GetFiles(cache.Folder).Single();
        var whole = File.ReadAllBytes(facts);
        var headerEnd = Array.IndexOf(whole, (byte)'\n') + 1;
        var keyEnd = headerEnd + sizeof(int) + BitConverter.ToInt32(whole, headerEnd);
        var longLength = (byte[])whole.Clone();
        for (var i = 0; i < 4; i++) longLength[keyEnd + i] = 0x7F;
        var garbled = (byte[])whole.Clone();
        for (var i = 0; i < 5; i++) garbled[^(10 + i)] = 0xFF;
        foreach (var bytes in new[] { longLength, garbled })
        {
            File.WriteAllBytes(facts, bytes);
            Assert.Equal(path, new ArticleStore(folder, _ => ContentHash.Of(text), cache).FileFor("seeds/havnen.txt"));
        }
        var second = new ArticleStore(folder, _ => ContentHash.Of(text), cache);

        Assert.Equal(path, second.FileFor("seeds/havnen.txt"));
    }

    [Fact]
    public void The_facts_of_one_new_file_are_appended_and_the_next_store_knows_both_without_reading()
    {
        using var temp = new TempFolder();
        var folder = temp["articles"];
        var cache = new BuildCache(temp["cache"]);
        var texts = new Dictionary<string, string>();
        StoreThatWrote(folder, cache, ["havnen", "broen"], texts);
        var facts = Directory.GetFiles(cache.Folder).Single();
        var before = File.ReadAllBytes(facts);

        var second = new ArticleStore(folder, file => ContentHash.Of(texts[file]), cache);
        var added = second.PathFor("skolen");
        second.Write(added, texts[added] = Generated("skolen", "seeds/skolen.txt"), "seeds/skolen.txt");
        second.SaveFacts();

        var after = File.ReadAllBytes(facts);
        Assert.True(after.Length > before.Length && after.AsSpan().StartsWith(before));
        // Every file's bytes swapped for a file naming no seed: only the facts can map them.
        foreach (var file in texts.Keys) File.WriteAllText(file, "---\ntitle: x\n---\n\nx\n");
        var third = new ArticleStore(folder, file => ContentHash.Of(texts[file]), cache);
        Assert.All(new[] { "havnen", "broen", "skolen" }, name => Assert.Equal(third.PathFor(name), third.FileFor($"seeds/{name}.txt")));
    }

    [Fact]
    public void Without_a_known_hash_the_store_reads_the_file()
    {
        using var temp = new TempFolder();
        var folder = temp["articles"];
        var cache = new BuildCache(temp["cache"]);
        var first = new ArticleStore(folder, cache: cache);
        var path = first.PathFor("havnen");
        first.Write(path, Generated("havnen", "seeds/havnen.txt"), "seeds/havnen.txt");
        first.SaveFacts();

        File.WriteAllText(path, "---\ntitle: x\n---\n\nx\n");
        var second = new ArticleStore(folder, _ => null, cache);

        Assert.Null(second.FileFor("seeds/havnen.txt"));
    }

    [Fact]
    public void One_listing_deletes_leftovers_and_sees_exactly_the_files_the_md_pattern_would()
    {
        using var temp = new TempFolder();
        var folder = temp["articles"];
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "havnen.md"), Generated("havnen", "seeds/havnen.txt"));
        File.WriteAllText(Path.Combine(folder, "havnen.md.tmp-4711"), "half a file");
        File.WriteAllText(Path.Combine(folder, "both.md.tmp-1.md"), Generated("both", "seeds/both.txt"));
        File.WriteAllText(Path.Combine(folder, "notes.markdown"), Generated("notes", "seeds/notes.txt"));
        File.WriteAllText(Path.Combine(folder, "draft.md.bak"), Generated("draft", "seeds/draft.txt"));
        Directory.CreateDirectory(Path.Combine(folder, "folder.md"));
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "sub", "deeper.md"), Generated("deeper", "seeds/deeper.txt"));
        if (!OperatingSystem.IsWindows() && !OperatingSystem.IsMacOS())
        {
            File.WriteAllText(Path.Combine(folder, "upper.MD"), Generated("upper", "seeds/upper.txt"));
            File.WriteAllText(Path.Combine(folder, "upper.MD.TMP-1"), "not a leftover on a case-sensitive system");
        }
        var expected = Directory.EnumerateFiles(folder, "*.md").Where(f => !Path.GetFileName(f).Contains(".md.tmp-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var leftovers = Directory.EnumerateFiles(folder, "*.md.tmp-*").Order(StringComparer.Ordinal).ToList();

        var store = new ArticleStore(folder);

        Assert.Equal(leftovers, store.Changed.Order(StringComparer.Ordinal));
        Assert.All(leftovers, f => Assert.False(File.Exists(f)));
        Assert.Equal(Path.Combine(folder, "havnen.md"), store.FileFor("seeds/havnen.txt"));
        Assert.Equal(expected, new[] { "havnen", "both", "notes", "draft", "deeper", "upper" }
            .Select(s => store.FileFor($"seeds/{s}.txt")).OfType<string>().Order(StringComparer.Ordinal));
        if (!OperatingSystem.IsWindows() && !OperatingSystem.IsMacOS())
            Assert.True(File.Exists(Path.Combine(folder, "upper.MD.TMP-1")));
    }

    [Fact]
    public void A_claimed_slug_avoids_every_listed_name_and_earlier_claim_ignoring_case_however_many_are_claimed()
    {
        using var temp = new TempFolder();
        var folder = temp["articles"];
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "havnen", "broen" })
            File.WriteAllText(Path.Combine(folder, name + ".md"), Generated(name, $"seeds/{name}.txt"));
        var store = new ArticleStore(folder);

        // Enough claims that the listed names are compared one by one for the first and looked
        // up in a set for the last.
        var claimed = Enumerable.Range(0, 20).Select(n => store.ClaimSlug(n % 2 == 0 ? "Havnen" : "BROEN", $"seeds/{n}.txt")).ToList();

        Assert.Equal($"Havnen-{ContentHash.Of("seeds/0.txt")[..6]}", claimed[0]);
        Assert.Equal($"BROEN-{ContentHash.Of("seeds/1.txt")[..6]}", claimed[1]);
        var taken = new[] { "havnen", "broen" }.Concat(claimed).ToList();
        Assert.Equal(taken.Count, taken.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    public void A_deleted_files_slug_is_free_again_after_any_number_of_claims(int claimsBefore)
    {
        using var temp = new TempFolder();
        var folder = temp["articles"];
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "havnen.md");
        File.WriteAllText(path, Generated("havnen", "seeds/havnen.txt"));
        var store = new ArticleStore(folder);
        for (var n = 0; n < claimsBefore; n++) store.ClaimSlug("broen", $"seeds/{n}.txt");
        Assert.NotEqual("havnen", store.ClaimSlug("havnen", "seeds/other.txt"));

        store.Delete(path, "seeds/havnen.txt");

        Assert.Equal("havnen", store.ClaimSlug("havnen", "seeds/another.txt"));
        Assert.Null(store.FileFor("seeds/havnen.txt"));
    }

    [Fact]
    public void A_listing_in_any_order_maps_a_seed_named_by_two_files_to_the_first_in_path_order()
    {
        using var temp = new TempFolder();
        var folder = temp["articles"];
        Directory.CreateDirectory(folder);
        var first = Path.Combine(folder, "a-havnen.md");
        var second = Path.Combine(folder, "b-havnen.md");
        foreach (var file in new[] { first, second }) File.WriteAllText(file, Generated(Path.GetFileNameWithoutExtension(file), "seeds/havnen.txt"));

        var store = new ArticleStore(folder, listed: new InputListing([second, first], [], []));

        Assert.Equal(first, store.FileFor("seeds/havnen.txt"));
    }

    [Fact]
    public void Facts_of_deleted_and_rewritten_files_are_dropped_when_they_pile_up_and_the_rest_are_kept()
    {
        using var temp = new TempFolder();
        var folder = temp["articles"];
        var cache = new BuildCache(temp["cache"]);
        var names = new[] { "havnen", "broen", "skolen", "kirken", "torvet" };
        var texts = new Dictionary<string, string>();
        StoreThatWrote(folder, cache, names, texts);
        var facts = Directory.GetFiles(cache.Folder).Single();
        var before = File.ReadAllBytes(facts);

        // Two files deleted and one rewritten: three of five entries dead, more than a quarter of
        // the live ones, so the file is written anew rather than appended to.
        var second = new ArticleStore(folder, file => ContentHash.Of(texts[file]), cache);
        foreach (var name in new[] { "kirken", "torvet" }) second.Delete(second.PathFor(name), $"seeds/{name}.txt");
        var rewritten = second.PathFor("skolen");
        second.Write(rewritten, texts[rewritten] = Generated("skolen", "seeds/skolen.txt", "Skolen åbner igen."), "seeds/skolen.txt");
        second.SaveFacts();

        Assert.False(File.ReadAllBytes(facts).AsSpan().StartsWith(before));
        // Every file's bytes swapped for a file naming no seed: only the facts can map them.
        foreach (var name in new[] { "havnen", "broen", "skolen" }) File.WriteAllText(second.PathFor(name), "---\ntitle: x\n---\n\nx\n");
        var third = new ArticleStore(folder, file => ContentHash.Of(texts[file]), cache);
        Assert.All(new[] { "havnen", "broen", "skolen" }, name => Assert.Equal(third.PathFor(name), third.FileFor($"seeds/{name}.txt")));
        Assert.Equal("seedhash", third.UntouchedSeedHashFor("seeds/skolen.txt"));
    }

    [Fact]
    public void The_files_whose_seed_is_gone_are_those_naming_a_seed_not_listed_and_none_when_every_one_is()
    {
        using var temp = new TempFolder();
        var folder = temp["articles"];
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "havnen", "broen", "skolen" })
            File.WriteAllText(Path.Combine(folder, name + ".md"), Generated(name, $"seeds/{name}.txt"));
        File.WriteAllText(Path.Combine(folder, "by-hand.md"), "---\ntitle: Skrevet i hånden\n---\n\nTekst\n");
        var store = new ArticleStore(folder);

        Assert.Empty(store.FilesWhoseSeedIsNotIn(["seeds/broen.txt", "seeds/havnen.txt", "seeds/ny.txt", "seeds/skolen.txt"]));
        Assert.Equal([("seeds/broen.txt", Path.Combine(folder, "broen.md")), ("seeds/skolen.txt", Path.Combine(folder, "skolen.md"))],
            store.FilesWhoseSeedIsNotIn(["seeds/havnen.txt", "seeds/ny.txt"]));
    }

    /// <summary>A store that wrote a generated file for each name and saved its facts; <paramref name="texts"/> gets each file's text by path.</summary>
    private static ArticleStore StoreThatWrote(string folder, BuildCache cache, IEnumerable<string> names, Dictionary<string, string> texts)
    {
        var store = new ArticleStore(folder, cache: cache);
        foreach (var name in names)
        {
            var path = store.PathFor(name);
            store.Write(path, texts[path] = Generated(name, $"seeds/{name}.txt"), $"seeds/{name}.txt");
        }
        store.SaveFacts();
        return store;
    }
}
