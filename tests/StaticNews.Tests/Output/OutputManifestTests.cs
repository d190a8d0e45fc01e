using System.Text;
using StaticNews.Output;

namespace StaticNews.Tests.Output;

public class OutputManifestTests
{
    private static readonly FileHash H1 = FileHash.Of("first"u8);
    private static readonly FileHash H2 = FileHash.Of("second"u8);
    private const string PageKey = "0123456789abcdef0f1e2d3c4b5a6978";

    [Fact]
    public void A_manifest_is_a_sorted_tab_separated_line_per_file_and_reads_back_as_written()
    {
        using var temp = new TempFolder();
        var manifest = new OutputManifest();
        manifest.Files["b/index.html"] = new OutputManifest.Entry(12_345_678_901, H2, OutputKey.Of(PageKey));
        manifest.Files["a.xml"] = new OutputManifest.Entry(0, H1, OutputKey.None);
        manifest.Files["B/é.html"] = new OutputManifest.Entry(7, H1, OutputKey.Of("search-content"));

        manifest.Write(temp["manifest"], manifest.Lines());

        Assert.Equal($"StaticNews output manifest v2\nB/é.html\t7\t{Hex("first")}\tsearch-content\na.xml\t0\t{Hex("first")}\t\n"
            + $"b/index.html\t12345678901\t{Hex("second")}\t{PageKey}\n", File.ReadAllText(temp["manifest"]));
        var read = OutputManifest.TryRead(temp["manifest"])!;
        Assert.Equal(manifest.Files, read.Files);
        read.Write(temp["again"], read.Lines());
        Assert.Equal(File.ReadAllBytes(temp["manifest"]), File.ReadAllBytes(temp["again"]));
    }

    [Theory]
    [InlineData(PageKey)] // a page key, held as a number
    [InlineData("0123456789ABCDEF0F1E2D3C4B5A6978")] // upper case is not a page key's form: held as text
    [InlineData("search-content")]
    [InlineData("0123")]
    public void A_key_reads_back_as_the_text_it_was_made_from_and_matches_only_that_text(string key)
    {
        using var temp = new TempFolder();
        var manifest = new OutputManifest();
        manifest.Files["index.html"] = new OutputManifest.Entry(1, H1, OutputKey.Of(key));
        manifest.Write(temp["manifest"], manifest.Lines());

        var read = OutputManifest.TryRead(temp["manifest"])!.Files["index.html"].Key;

        Assert.Equal(key, read.ToString());
        Assert.True(read.Is(key));
        Assert.False(read.Is(key[..^1] + (key[^1] == '0' ? '1' : '0')));
        Assert.False(read.Is(null));
        Assert.True(OutputKey.None.Is(null));
        Assert.False(OutputKey.None.Is(key));
    }

    [Fact]
    public void Its_files_are_in_a_folder_only_when_each_is_there_at_its_size()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["2023/æble"]);
        File.WriteAllText(temp["index.html"], "<p>forside</p>");
        File.WriteAllText(temp["2023/æble/index.html"], "<p>æble</p>");
        var manifest = new OutputManifest();
        manifest.Files["index.html"] = new OutputManifest.Entry(new FileInfo(temp["index.html"]).Length, H1, OutputKey.None);
        manifest.Files["2023/æble/index.html"] = new OutputManifest.Entry(new FileInfo(temp["2023/æble/index.html"]).Length, H2, OutputKey.None);

        Assert.True(manifest.FilesAreIn(temp.Path));
        File.WriteAllText(temp["extra.html"], "added beside them: not looked for");
        Assert.True(manifest.FilesAreIn(temp.Path));
        File.AppendAllText(temp["2023/æble/index.html"], "!");
        Assert.False(manifest.FilesAreIn(temp.Path));
        File.Delete(temp["2023/æble/index.html"]);
        Assert.False(manifest.FilesAreIn(temp.Path));
    }

    [Fact]
    public void A_hash_reads_back_as_the_sha256_of_the_content_in_hex()
    {
        Assert.Equal(Hex("first"), H1.ToString());
        Assert.True(FileHash.TryParse(Hex("first"), out var parsed));
        Assert.Equal(H1, parsed);
        Assert.NotEqual(H1, H2);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF")]
    public void A_manifest_whose_hash_is_not_a_sha256_in_hex_reads_as_none(string hash)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["manifest"], $"StaticNews output manifest v2\na.xml\t0\t{hash}\t\n");

        Assert.Null(OutputManifest.TryRead(temp["manifest"]));
    }

    [Fact]
    public void A_manifest_without_the_header_of_this_version_reads_as_none()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["old"], $"a.xml\t0\t{Hex("first")}\t\n"); // as manifests were written before headers
        File.WriteAllText(temp["newer"], $"StaticNews output manifest v3\na.xml\t0\t{Hex("first")}\t\n");

        Assert.Null(OutputManifest.TryRead(temp["old"]));
        Assert.Null(OutputManifest.TryRead(temp["newer"]));
    }

    [Theory]
    [InlineData("a.xml\t0\t{0}")] // no key field
    [InlineData("a.xml\t0\t{0}\t\textra")] // a field too many
    [InlineData("a.xml\t-1\t{0}\t")] // a size below nothing
    [InlineData("a.xml\t1x\t{0}\t")]
    [InlineData("a.xml\t\t{0}\t")]
    public void A_manifest_with_a_line_not_of_four_fields_path_size_hash_key_reads_as_none(string line)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["manifest"], $"StaticNews output manifest v2\nb.xml\t0\t{Hex("first")}\t\n" + string.Format(line, Hex("first")) + "\n");

        Assert.Null(OutputManifest.TryRead(temp["manifest"]));
    }

    [Fact]
    public void A_manifest_whose_path_is_not_utf8_reads_as_none()
    {
        using var temp = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes($"StaticNews output manifest v2\na\uFFFD.xml\t0\t{Hex("first")}\t\n").ToList();
        var bad = bytes.IndexOf(0xEF);
        bytes.RemoveRange(bad, 3);
        bytes.Insert(bad, 0xFF);
        File.WriteAllBytes(temp["manifest"], [.. bytes]);

        Assert.Null(OutputManifest.TryRead(temp["manifest"]));
    }

    [Fact]
    public void A_long_key_and_many_files_read_back_as_written()
    {
        using var temp = new TempFolder();
        var manifest = new OutputManifest();
        var longKey = string.Concat(Enumerable.Repeat("search-content-ø-", 20));
        for (var i = 0; i < 5_000; i++)
            manifest.Files[$"articles/{i}/index.html"] = new OutputManifest.Entry(i, i % 2 == 0 ? H1 : H2, OutputKey.Of(i % 3 == 0 ? longKey : PageKey));
        manifest.Write(temp["manifest"], manifest.Lines());

        var read = OutputManifest.TryRead(temp["manifest"])!;

        Assert.Equal(manifest.Files, read.Files);
        Assert.Equal(longKey, read.Files["articles/0/index.html"].Key.ToString());
    }

    [Fact]
    public void Lines_are_spelt_in_utf8_whatever_their_paths_keys_and_sizes()
    {
        using var temp = new TempFolder();
        var manifest = new OutputManifest();
        var lines = new SortedDictionary<string, string>(StringComparer.Ordinal);
        // Keys longer than a page key and paths of several bytes a character outgrow the room made for the lines at first.
        for (var i = 0; i < 300; i++)
        {
            var path = $"æøå/{new string('ø', i % 40)}/{i:D4}.html";
            var key = i % 2 == 0 ? PageKey : string.Concat(Enumerable.Repeat("søgeindeks-", i % 30));
            var size = i == 7 ? long.MaxValue : i * 1_000_003L;
            manifest.Files[path] = new OutputManifest.Entry(size, i % 3 == 0 ? H1 : H2, OutputKey.Of(key == "" ? null : key));
            lines[path] = $"{path}\t{size}\t{(i % 3 == 0 ? Hex("first") : Hex("second"))}\t{key}\n";
        }

        manifest.Write(temp["manifest"], manifest.Lines());

        Assert.Equal("StaticNews output manifest v2\n" + string.Concat(lines.Values), File.ReadAllText(temp["manifest"]));
        Assert.Equal(manifest.Files, OutputManifest.TryRead(temp["manifest"])!.Files);
    }

    [Fact]
    public void An_empty_manifest_is_its_header_alone()
    {
        using var temp = new TempFolder();
        var manifest = new OutputManifest();

        manifest.Write(temp["manifest"], manifest.Lines());

        Assert.Equal("StaticNews output manifest v2\n", File.ReadAllText(temp["manifest"]));
        Assert.Empty(OutputManifest.TryRead(temp["manifest"])!.Files);
    }

    [Fact]
    public void A_hash_and_a_page_key_read_from_utf8_as_from_their_text()
    {
        Assert.True(FileHash.TryParse(Encoding.UTF8.GetBytes(Hex("first")), out var parsed));
        Assert.Equal(H1, parsed);
        Assert.False(FileHash.TryParse(Encoding.UTF8.GetBytes(Hex("first").ToUpperInvariant()), out _));
        Assert.True(OutputKey.TryHex(Encoding.UTF8.GetBytes(PageKey), out var key));
        Assert.Equal(OutputKey.Of(PageKey), key);
        Assert.False(OutputKey.TryHex(Encoding.UTF8.GetBytes(PageKey.ToUpperInvariant()), out _));
        Assert.False(OutputKey.TryHex("search-content"u8, out _));
    }

    [Fact]
    public void Lines_made_ahead_carry_the_hash_of_the_file_they_write()
    {
        using var temp = new TempFolder();
        var manifest = new OutputManifest();
        manifest.Files["b/index.html"] = new OutputManifest.Entry(12, H2, OutputKey.Of(PageKey));
        manifest.Files["a.xml"] = new OutputManifest.Entry(0, H1, OutputKey.None);

        var lines = manifest.Lines();
        manifest.Write(temp["manifest"], lines);

        Assert.Equal(StaticNews.Text.ContentHash.OfFile(temp["manifest"]), lines.FileHash);
        Assert.Equal(manifest.Files, OutputManifest.TryRead(temp["manifest"])!.Files);
    }

    [Fact]
    public void A_manifest_knows_the_hash_of_the_file_it_was_written_as_or_read_from()
    {
        using var temp = new TempFolder();
        var manifest = new OutputManifest();
        manifest.Files["a.xml"] = new OutputManifest.Entry(0, H1, OutputKey.None);
        Assert.Null(manifest.StoredHash);

        manifest.Write(temp["manifest"], manifest.Lines());
        var hash = StaticNews.Text.ContentHash.OfFile(temp["manifest"]);
        Assert.Equal(hash, manifest.StoredHash);
        Assert.Equal(hash, OutputManifest.TryRead(temp["manifest"])!.StoredHash);

        manifest.Files["b.xml"] = new OutputManifest.Entry(1, H2, OutputKey.None);
        manifest.Write(temp["manifest"], manifest.Lines());
        Assert.Equal(StaticNews.Text.ContentHash.OfFile(temp["manifest"]), manifest.StoredHash);
        Assert.NotEqual(hash, manifest.StoredHash);
    }

    private static string Hex(string content) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
