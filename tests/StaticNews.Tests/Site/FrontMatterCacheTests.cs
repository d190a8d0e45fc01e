using StaticNews.Caching;
using System.Text.Json;
using StaticNews.Content;
using StaticNews.Site;

namespace StaticNews.Tests.Site;

/// <summary>
/// The front-matter cache spares parsing YAML for unchanged files, so what it gives back must be
/// exactly what it was given, field for field, and a damaged or foreign file must count as no cache.
/// </summary>
public class FrontMatterCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("staticnews-fm-").FullName;
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private static readonly FrontMatter Full = new()
    {
        Title = "Æbler og \"citater\" – {{ x }}",
        Date = new DateTimeOffset(2023, 9, 22, 10, 41, 0, TimeSpan.FromHours(2)),
        DateSource = DateSource.Metadata,
        Slug = "aebler",
        Summary = "Et resumé\nover to linjer.",
        Source = "ritzau",
        Language = "en",
        Locations = ["Aarhus", "Nagorno-Karabakh"],
        People = ["Ilham Aliyev"],
        Organisations = ["Reuters", "EU"],
        Tags = ["Amnesti"],
        Seed = "seeds/000.txt",
        SeedHash = "abc",
        GeneratedHash = "def",
        Draft = true,
    };

    [Fact]
    public void Gives_back_every_field_it_was_given()
    {
        var first = new FrontMatterCache(new BuildCache(_folder), Copenhagen);
        first.Remember("h1", Full);
        first.Remember("h2", new FrontMatter { Title = "Kort", Date = DateTimeOffset.UnixEpoch });
        first.Save();

        var again = new FrontMatterCache(new BuildCache(_folder), Copenhagen);

        Assert.Equal(JsonSerializer.Serialize(Full), JsonSerializer.Serialize(again.Find("h1")));
        Assert.Equal(Full.Date.Offset, again.Find("h1")!.Date.Offset);
        Assert.Null(again.Find("h2")!.Source);
        Assert.Null(again.Find("h2")!.DateSource);
        Assert.Null(again.Find("h3"));
    }

    [Fact]
    public void Answers_for_the_hashes_it_was_told_of_and_for_the_others_alike()
    {
        var first = new FrontMatterCache(new BuildCache(_folder), Copenhagen);
        first.Remember("h1", Full);
        first.Remember("h2", new FrontMatter { Title = "Kort", Date = DateTimeOffset.UnixEpoch });
        first.Save();

        var again = new FrontMatterCache(new BuildCache(_folder), Copenhagen, ["h1", "h9"]);

        Assert.Equal(JsonSerializer.Serialize(Full), JsonSerializer.Serialize(again.Find("h1")));
        Assert.Equal("Kort", again.Find("h2")!.Title);
        Assert.Null(again.Find("h9"));
    }

    [Fact]
    public void Empty_lists_read_back_as_one_shared_empty_array()
    {
        var first = new FrontMatterCache(new BuildCache(_folder), Copenhagen);
        first.Remember("h1", new FrontMatter { Title = "Et", Date = DateTimeOffset.UnixEpoch });
        first.Remember("h2", new FrontMatter { Title = "To", Date = DateTimeOffset.UnixEpoch });
        first.Save();

        var again = new FrontMatterCache(new BuildCache(_folder), Copenhagen);

        Assert.Empty(again.Find("h1")!.People);
        Assert.Same(again.Find("h1")!.People, again.Find("h2")!.Tags);
    }

    [Fact]
    public void Knows_every_field_of_the_front_matter()
    {
        // A field added to FrontMatter must be added to the cache's reader and writer.
        string[] cached = ["Title", "Date", "DateSource", "Slug", "Summary", "Source", "Language", "Locations", "People", "Organisations", "Tags", "Seed", "SeedHash", "GeneratedHash", "Draft"];
        Assert.Equal(cached.Order(), typeof(FrontMatter).GetProperties().Select(p => p.Name).Order());
    }

    [Fact]
    public void A_damaged_file_or_another_time_zone_is_no_cache()
    {
        var first = new FrontMatterCache(new BuildCache(_folder), Copenhagen);
        first.Remember("h1", Full);
        first.Save();

        Assert.Null(new FrontMatterCache(new BuildCache(_folder), TimeZoneInfo.Utc).Find("h1"));
        var file = Directory.GetFiles(_folder).Single();
        File.WriteAllBytes(file, File.ReadAllBytes(file)[..^7]);
        Assert.Null(new FrontMatterCache(new BuildCache(_folder), Copenhagen).Find("h1"));
    }

    private static FrontMatter Numbered(int n) => new() { Title = $"Artikel {n}", Date = DateTimeOffset.UnixEpoch.AddDays(n), Tags = ["Danmark", $"tag {n % 3}"] };

    private FrontMatterCache SavedWith(IEnumerable<int> numbers)
    {
        var cache = new FrontMatterCache(new BuildCache(_folder), Copenhagen);
        foreach (var n in numbers) cache.Remember($"h{n}", Numbered(n));
        cache.Save();
        return cache;
    }

    [Fact]
    public void One_new_entry_is_appended_and_the_entries_already_there_are_not_rewritten()
    {
        SavedWith(Enumerable.Range(0, 100));
        var file = Directory.GetFiles(_folder).Single();
        var before = File.ReadAllBytes(file);

        SavedWith(Enumerable.Range(0, 101));

        var after = File.ReadAllBytes(file);
        Assert.True(after.Length > before.Length && after.AsSpan().StartsWith(before));
        Assert.True(after.Length - before.Length < before.Length / 20);
        var again = new FrontMatterCache(new BuildCache(_folder), Copenhagen);
        Assert.All(Enumerable.Range(0, 101), n => Assert.Equal(JsonSerializer.Serialize(Numbered(n)), JsonSerializer.Serialize(again.Find($"h{n}"))));
    }

    [Fact]
    public void The_same_entries_again_leave_the_file_alone()
    {
        SavedWith(Enumerable.Range(0, 10));
        var file = Directory.GetFiles(_folder).Single();
        var before = File.ReadAllBytes(file);

        SavedWith(Enumerable.Range(0, 10));

        Assert.Equal(before, File.ReadAllBytes(file));
    }

    [Fact]
    public void A_few_dead_entries_are_left_in_the_file_and_still_answer()
    {
        // A content hash always stands for the same front matter: keeping it is harmless, and
        // spares rewriting the file for every deleted article.
        SavedWith(Enumerable.Range(0, 100));
        SavedWith(Enumerable.Range(1, 99));

        Assert.NotNull(new FrontMatterCache(new BuildCache(_folder), Copenhagen).Find("h0"));
    }

    [Fact]
    public void Compaction_keeps_exactly_the_live_entries_once_the_dead_are_more_than_a_quarter()
    {
        SavedWith(Enumerable.Range(0, 100));
        SavedWith(Enumerable.Range(30, 80)); // 30 dead of 80 live, 10 new

        var again = new FrontMatterCache(new BuildCache(_folder), Copenhagen);
        Assert.All(Enumerable.Range(0, 30), n => Assert.Null(again.Find($"h{n}")));
        Assert.All(Enumerable.Range(30, 80), n => Assert.Equal(JsonSerializer.Serialize(Numbered(n)), JsonSerializer.Serialize(again.Find($"h{n}"))));
        var file = Directory.GetFiles(_folder).Single();
        var compacted = File.ReadAllBytes(file);
        SavedWith(Enumerable.Range(30, 80));
        Assert.Equal(compacted, File.ReadAllBytes(file)); // nothing dead left, nothing new: no further rewrite
    }

    [Fact]
    public void Too_many_appended_chunks_are_rewritten_as_one_holding_every_entry()
    {
        for (var n = 1; n <= StaticNews.Caching.ChunkedCacheFile.MaxChunks + 1; n++) SavedWith(Enumerable.Range(0, n));
        var again = new FrontMatterCache(new BuildCache(_folder), Copenhagen);

        Assert.Equal(1, again.Chunks);
        Assert.All(Enumerable.Range(0, StaticNews.Caching.ChunkedCacheFile.MaxChunks + 1), n => Assert.NotNull(again.Find($"h{n}")));
    }

    [Fact]
    public void A_garbled_byte_is_no_cache_and_the_next_save_rewrites_the_file_whole()
    {
        SavedWith(Enumerable.Range(0, 10));
        var file = Directory.GetFiles(_folder).Single();
        var bytes = File.ReadAllBytes(file);
        bytes[^20] ^= 0x01;
        File.WriteAllBytes(file, bytes);

        var damaged = SavedWith(Enumerable.Range(0, 11));

        Assert.Null(damaged.Find("h0"));
        var again = new FrontMatterCache(new BuildCache(_folder), Copenhagen);
        Assert.All(Enumerable.Range(0, 11), n => Assert.NotNull(again.Find($"h{n}")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
