using StaticNews.Ingest;

namespace StaticNews.Tests.Ingest;

public class SeedSnifferTests
{
    [Fact]
    public void Images_and_archives_saved_as_text_are_named()
    {
        Assert.Contains("PNG", SeedSniffer.WhyNotText([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));
        Assert.Contains("ZIP", SeedSniffer.WhyNotText([0x50, 0x4B, 0x03, 0x04, 0, 0]));
    }

    [Fact]
    public void Real_seeds_pass()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Fixture("seeds")))
            Assert.Null(SeedSniffer.WhyNotText(File.ReadAllBytes(file)));
    }
}
