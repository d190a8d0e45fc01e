using StaticNews.Caching;
using StaticNews.Rendering;

namespace StaticNews.Tests.Rendering;

public class LocalizedStringsCacheTests
{
    /// <summary>A copy of the default theme's i18n folder and a cache folder beside it.</summary>
    private sealed class Setup : IDisposable
    {
        private readonly TempFolder _temp = new();

        public Setup()
        {
            I18n = _temp.CopyFrom(Path.Combine(RepoPaths.Theme, "i18n"), "i18n");
            Cache = new BuildCache(_temp["cache"]);
        }

        public string I18n { get; }

        public BuildCache Cache { get; }

        public string File(string language) => Path.Combine(I18n, language + ".yml");

        public void Dispose() => _temp.Dispose();
    }

    private static string Describe(LocalizedStrings strings)
        => string.Join("\n", strings.Strings.Select(kv => kv.Key + "=" + kv.Value))
            + "\n" + string.Join("|", Enumerable.Range(1, 12).Select(strings.MonthName))
            + "\n" + strings.FormatDate(new DateTime(2024, 2, 29)) + "\n" + strings.FormatNumber(1234567);

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public void Strings_read_through_the_cache_are_those_of_the_file(string language)
    {
        using var setup = new Setup();
        var uncached = Describe(LocalizedStrings.Load(setup.I18n, language));

        var first = LocalizedStrings.Load(setup.I18n, language, setup.Cache);
        Assert.True(System.IO.File.Exists(setup.Cache.LocalizedStringsFile));
        var second = LocalizedStrings.Load(setup.I18n, language, setup.Cache);

        Assert.Equal(uncached, Describe(first));
        Assert.Equal(uncached, Describe(second));
        Assert.Equal(language, second.Language);
    }

    [Fact]
    public void An_unchanged_file_is_answered_from_the_cache()
    {
        using var setup = new Setup();
        var yaml = System.IO.File.ReadAllText(setup.File("da"));
        var months = Enumerable.Range(1, 12).Select(m => "måned " + m).ToArray();
        LocalizedStringsCache.Save(setup.Cache, LocalizedStringsCache.KeyOf("da", yaml), new Dictionary<string, string> { ["latest"] = "Fra cachen" }, months);

        var strings = LocalizedStrings.Load(setup.I18n, "da", setup.Cache);

        Assert.Equal("Fra cachen", strings["latest"]);
        Assert.Equal("måned 2", strings.MonthName(2));
    }

    [Fact]
    public void A_changed_file_is_read_anew()
    {
        using var setup = new Setup();
        Assert.Equal("Seneste", LocalizedStrings.Load(setup.I18n, "da", setup.Cache)["latest"]);

        System.IO.File.WriteAllText(setup.File("da"), System.IO.File.ReadAllText(setup.File("da")).Replace("latest: Seneste", "latest: Nyeste", StringComparison.Ordinal));

        Assert.Equal("Nyeste", LocalizedStrings.Load(setup.I18n, "da", setup.Cache)["latest"]);
        Assert.Equal("Nyeste", LocalizedStrings.Load(setup.I18n, "da", setup.Cache)["latest"]);
    }

    [Fact]
    public void The_same_text_for_another_language_is_another_entry()
    {
        var yaml = System.IO.File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", "da.yml"));
        Assert.NotEqual(LocalizedStringsCache.KeyOf("da", yaml), LocalizedStringsCache.KeyOf("en", yaml));
        Assert.NotEqual(LocalizedStringsCache.KeyOf("da", yaml), LocalizedStringsCache.KeyOf("da", yaml + "\n"));
    }

    [Theory]
    [InlineData(3)]      // cut short
    [InlineData(-1)]     // a length prefix made a number that never ends
    public void A_damaged_cache_entry_is_ignored(int damage)
    {
        using var setup = new Setup();
        var expected = Describe(LocalizedStrings.Load(setup.I18n, "da", setup.Cache));
        var file = setup.Cache.LocalizedStringsFile;
        var bytes = System.IO.File.ReadAllBytes(file);
        if (damage > 0) bytes = bytes[..^damage];
        else
        {
            // After the header and the key: the count of strings and the first string's length.
            var at = bytes.AsSpan().IndexOf((byte)'\n') + 1;
            at += 1 + bytes[at];
            for (var i = 4; i < 9; i++) bytes[at + i] = 0xFF;
        }
        System.IO.File.WriteAllBytes(file, bytes);

        Assert.Equal(expected, Describe(LocalizedStrings.Load(setup.I18n, "da", setup.Cache)));
    }

    [Fact]
    public void A_bad_file_is_reported_as_without_a_cache_every_build()
    {
        using var setup = new Setup();
        var path = setup.File("da");
        System.IO.File.WriteAllText(path, "latest: Seneste\nmonths: [januar, februar]\n");
        var uncached = Assert.Throws<InvalidDataException>(() => LocalizedStrings.Load(setup.I18n, "da"));

        for (var build = 0; build < 2; build++)
        {
            var cached = Assert.Throws<InvalidDataException>(() => LocalizedStrings.Load(setup.I18n, "da", setup.Cache));
            Assert.Equal(uncached.Message, cached.Message);
            Assert.Equal($"{path}: 'months' must list the twelve month names", cached.Message);
        }
        Assert.False(System.IO.File.Exists(setup.Cache.LocalizedStringsFile));
    }

    [Fact]
    public void A_missing_file_is_reported_as_without_a_cache()
    {
        using var setup = new Setup();
        var error = Assert.Throws<FileNotFoundException>(() => LocalizedStrings.Load(setup.I18n, "sv", setup.Cache));
        Assert.Equal($"{setup.File("sv")}: the theme has no strings for language 'sv'", error.Message);
    }
}
