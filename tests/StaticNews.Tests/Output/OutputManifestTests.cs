using StaticNews.Output;

namespace StaticNews.Tests.Output;

public class OutputManifestTests
{
    [Fact]
    public void A_manifest_is_a_sorted_tab_separated_line_per_file_and_reads_back_as_written()
    {
        using var temp = new TempFolder();
        var manifest = new OutputManifest();
        manifest.Files["b/index.html"] = new OutputManifest.Entry(12_345_678_901, "h2", "k2");
        manifest.Files["a.xml"] = new OutputManifest.Entry(0, "h1", null);
        manifest.Files["B/é.html"] = new OutputManifest.Entry(7, "h3", "k3");

        manifest.Write(temp["manifest"]);

        Assert.Equal("StaticNews output manifest v2\nB/é.html\t7\th3\tk3\na.xml\t0\th1\t\nb/index.html\t12345678901\th2\tk2\n", File.ReadAllText(temp["manifest"]));
        var read = OutputManifest.TryRead(temp["manifest"])!;
        Assert.Equal(manifest.Files, read.Files);
        read.Write(temp["again"]);
        Assert.Equal(File.ReadAllBytes(temp["manifest"]), File.ReadAllBytes(temp["again"]));
    }

    [Fact]
    public void A_manifest_without_the_header_of_this_version_reads_as_none()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["old"], "a.xml\t0\th1\t\n"); // as manifests were written before headers
        File.WriteAllText(temp["newer"], "StaticNews output manifest v3\na.xml\t0\th1\t\n");

        Assert.Null(OutputManifest.TryRead(temp["old"]));
        Assert.Null(OutputManifest.TryRead(temp["newer"]));
    }
}
