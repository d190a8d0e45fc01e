using StaticNews.Configuration;
using StaticNews.Text;

namespace StaticNews.Ingest;

/// <summary>
/// What ingest's output depends on besides the seed itself: the generator build (parser,
/// enrichers, tagger weights are compiled in), the settings it reads and the site's places.
/// While it is the one the cache recorded, an untouched article whose seed hash is unchanged
/// is known to be up to date without parsing and tagging the seed again.
/// </summary>
public sealed class IngestKey(string value)
{
    private const string FileName = "ingest.key";

    public string Value { get; } = value;

    public static IngestKey For(SiteConfig config, TimeZoneInfo zone, string placesFile)
    {
        var places = File.Exists(placesFile) ? ContentHash.Of(File.ReadAllBytes(placesFile)) : "-";
        return new IngestKey(ContentHash.Of(string.Join("\n",
            typeof(IngestKey).Assembly.ManifestModule.ModuleVersionId.ToString(), zone.Id, config.Language,
            string.Join("\u0001", config.Boilerplate), places)));
    }

    public bool Matches(string cacheFolder)
    {
        var file = Path.Combine(cacheFolder, FileName);
        return File.Exists(file) && File.ReadAllText(file).Trim() == Value;
    }

    public void Save(string cacheFolder)
    {
        Directory.CreateDirectory(cacheFolder);
        var file = Path.Combine(cacheFolder, FileName);
        File.WriteAllText(file + ".tmp", Value + "\n");
        File.Move(file + ".tmp", file, overwrite: true);
    }
}
