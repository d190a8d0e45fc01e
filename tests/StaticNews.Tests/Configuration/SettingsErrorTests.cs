using StaticNews.Configuration;

namespace StaticNews.Tests.Configuration;

/// <summary>
/// A mistake in site.yml or places.yml is told in the user's words: the file, the line, the key,
/// what was expected and what was found; an unknown key with the key it was likely meant to be.
/// Never a .NET type, namespace or assembly name (YamlDotNet's own messages named them all).
/// </summary>
public sealed class SettingsErrorTests
{
    private static string SiteError(string fixture)
    {
        var file = RepoPaths.Fixture("config", fixture);
        var error = Assert.Throws<SiteConfigException>(() => SiteConfigLoader.Load(file)).Message;
        Assert.StartsWith(SitePaths.Display(file) + ":", error);
        return error[(SitePaths.Display(file).Length + 1)..];
    }

    private static string PlacesError(string fixture)
    {
        var file = RepoPaths.Fixture("config", fixture);
        var error = Assert.Throws<SiteConfigException>(() => PlacesFileCheck.Check(file, File.ReadAllText(file))).Message;
        Assert.StartsWith(SitePaths.Display(file) + ":", error);
        return error[(SitePaths.Display(file).Length + 1)..];
    }

    [Theory]
    [InlineData("unknown-key-typo.yml", "1: unknown setting \"titel\": did you mean \"title\"?")]
    [InlineData("unknown-key-far.yml", "2: unknown setting \"colour\": the settings are title, description, base_url, language, time_zone, page_size, archive_page_size, related_count, sitemap_max_urls, max_site_bytes, boilerplate, footer")]
    [InlineData("page-size-word.yml", "4: page_size: expected a whole number, got \"tyve\"")]
    [InlineData("page-size-overflow.yml", "2: page_size: expected a whole number, got \"99999999999999999999\"")]
    [InlineData("archive-page-size-too-large.yml", "2: archive_page_size: expected a whole number from 1 to 1000 (dated links on a numbered page), got \"5000\"")]
    [InlineData("boilerplate-not-a-list.yml", "2: boilerplate: expected a list (one line per item: - Annonce), got \"Annonce\"")]
    [InlineData("title-a-list.yml", "1: title: expected text, got a list")]
    [InlineData("base-url-relative.yml", "2: base_url: expected an absolute http(s) URL such as https://example.github.io/archive/, got \"example.org\"")]
    [InlineData("time-zone-unknown.yml", "2: time_zone: expected a time zone's IANA name such as Europe/Copenhagen, got \"Europe/Kobenhavn\"")]
    [InlineData("key-twice.yml", "2: title: given twice; keep one")]
    [InlineData("a-list-not-settings.yml", "1: expected 'key: value' lines, got a list")]
    public void A_site_yml_mistake_is_named_by_line_key_and_what_was_expected(string fixture, string expected)
        => Assert.Equal(expected, SiteError(fixture));

    [Fact]
    public void Text_that_is_not_YAML_is_named_at_its_line_in_YAMLs_words()
        => Assert.StartsWith("2: not valid YAML: ", SiteError("not-yaml.yml"));

    [Theory]
    [InlineData("places-alias-not-a-list.yml", "3: Rønne: expected a list (its other names, e.g. Rønne: [Rønnes]), got \"Roenne\"")]
    [InlineData("places-nested-list.yml", "1: Aarhus: expected each item to be text, got a list")]
    public void A_places_yml_mistake_is_named_the_same_way(string fixture, string expected)
        => Assert.Equal(expected, PlacesError(fixture));

    [Fact]
    public void No_message_names_a_dotnet_type_or_assembly()
    {
        var messages = Directory.EnumerateFiles(RepoPaths.Fixture("config"), "*.yml").Order(StringComparer.Ordinal)
            .Where(f => !Path.GetFileName(f).Contains("valid", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f).StartsWith("places-", StringComparison.Ordinal) ? PlacesError(Path.GetFileName(f)) : SiteError(Path.GetFileName(f)))
            .ToList();

        Assert.Equal(14, messages.Count);
        foreach (var message in messages)
            Assert.DoesNotMatch(@"StaticNews\.|System\.|Version=|PublicKeyToken|not found on type|deserializer|correct format", message);
    }

    [Fact]
    public void The_valid_files_read_as_written_and_an_empty_key_keeps_its_default()
    {
        var config = SiteConfigLoader.Load(RepoPaths.Fixture("config", "valid.yml"));
        Assert.Equal("Arkivet", config.Title);
        Assert.Equal(7, config.PageSize);
        Assert.Equal(50, config.ArchivePageSize);
        Assert.Equal("", config.Footer);
        Assert.Equal("", config.Description);
        Assert.Equal(["Annonce", "Reklame"], config.Boilerplate);

        var places = RepoPaths.Fixture("config", "places-valid.yml");
        PlacesFileCheck.Check(places, File.ReadAllText(places));
    }

    [Theory]
    [InlineData("titel", "title")]
    [InlineData("pagesize", "page_size")]
    [InlineData("timezone", "time_zone")]
    [InlineData("BaseUrl", "base_url")]
    [InlineData("colour", null)]
    public void A_mistyped_key_is_matched_to_the_nearest_known_one_only_when_it_is_near(string typed, string? meant)
        => Assert.Equal(meant, ClosestName.To(typed, SiteConfigReader.Keys));

    [Fact]
    public void Every_setting_of_the_site_has_a_key_site_yml_can_set()
    {
        // A setting added to SiteConfig without a key here would be refused as unknown in every site.yml that sets it.
        var settable = typeof(SiteConfig).GetProperties()
            .Where(p => p.SetMethod != null)
            .Select(p => string.Concat(p.Name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())))
            .Order(StringComparer.Ordinal);

        Assert.Equal(settable, SiteConfigReader.Keys.Order(StringComparer.Ordinal));
    }
}
