namespace StaticNews.Tests.Hostile;

/// <summary>A test site holding every file of tests/fixtures/hostile/, plus the three real seeds.</summary>
internal static class HostileSite
{
    public static TestSite Create()
    {
        var site = new TestSite("ritzau-amnesti.txt", "tv2-borgmestre.txt", "tv2-billund.txt");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Fixture("hostile", "seeds")))
            File.Copy(file, Path.Combine(site.Seeds, Path.GetFileName(file)));
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Fixture("hostile", "articles")))
            File.Copy(file, Path.Combine(site.Articles, Path.GetFileName(file)));
        return site;
    }
}
