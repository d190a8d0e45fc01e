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
        Slug = "aebler",
        Summary = "Et resumé\nover to linjer.",
        Source = "ritzau",
        Language = "en",
        Locations = ["Aarhus", "Nagorno-Karabakh"],
        Tags = ["Ilham Aliyev"],
        Seed = "seeds/000.txt",
        SeedHash = "abc",
        GeneratedHash = "def",
        Draft = true,
    };

    [Fact]
    public void Gives_back_every_field_it_was_given()
    {
        var first = new FrontMatterCache(_folder, Copenhagen);
        first.Remember("h1", Full);
        first.Remember("h2", new FrontMatter { Title = "Kort", Date = DateTimeOffset.UnixEpoch });
        first.Save();

        var again = new FrontMatterCache(_folder, Copenhagen);

        Assert.Equal(JsonSerializer.Serialize(Full), JsonSerializer.Serialize(again.Find("h1")));
        Assert.Equal(Full.Date.Offset, again.Find("h1")!.Date.Offset);
        Assert.Null(again.Find("h2")!.Source);
        Assert.Null(again.Find("h3"));
    }

    [Fact]
    public void Knows_every_field_of_the_front_matter()
    {
        // A field added to FrontMatter must be added to the cache's reader and writer.
        string[] cached = ["Title", "Date", "Slug", "Summary", "Source", "Language", "Locations", "Tags", "Seed", "SeedHash", "GeneratedHash", "Draft"];
        Assert.Equal(cached.Order(), typeof(FrontMatter).GetProperties().Select(p => p.Name).Order());
    }

    [Fact]
    public void A_damaged_file_or_another_time_zone_is_no_cache()
    {
        var first = new FrontMatterCache(_folder, Copenhagen);
        first.Remember("h1", Full);
        first.Save();

        Assert.Null(new FrontMatterCache(_folder, TimeZoneInfo.Utc).Find("h1"));
        var file = Directory.GetFiles(_folder).Single();
        File.WriteAllBytes(file, File.ReadAllBytes(file)[..^7]);
        Assert.Null(new FrontMatterCache(_folder, Copenhagen).Find("h1"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
