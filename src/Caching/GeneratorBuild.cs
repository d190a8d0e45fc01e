namespace StaticNews.Caching;

/// <summary>
/// Which compile of StaticNews is running: its module's id, new with every compile. Every cache,
/// key and fingerprint a build keeps names it, so another build of the generator (a new version,
/// or the same source compiled again) never takes what this one made for its own.
/// </summary>
public static class GeneratorBuild
{
    public static string Id { get; } = typeof(GeneratorBuild).Assembly.ManifestModule.ModuleVersionId.ToString();
}
