using StaticNews.Caching;

namespace StaticNews.Tests.Caching;

/// <summary>
/// A cache file is replaced whole or not at all: a write that fails part way leaves the old file
/// as it was and no temporary file beside it.
/// </summary>
public class AtomicFileTests
{
    [Fact]
    public void A_write_replaces_the_file_with_exactly_what_was_written()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp["cache"], "x.bin");
        AtomicFile.Write(path, s => s.Write("en lang gammel tekst"u8));

        AtomicFile.Write(path, s => s.Write("ny"u8));

        Assert.Equal("ny"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(temp["cache"]));
    }

    [Fact]
    public void A_write_that_fails_part_way_leaves_the_old_file_and_no_temporary_one()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp["cache"], "x.bin");
        AtomicFile.Write(path, s => s.Write("gammel"u8));

        Assert.Throws<IOException>(() => AtomicFile.Write(path, s =>
        {
            s.Write("halvdelen af"u8);
            throw new IOException("disk full");
        }));

        Assert.Equal("gammel"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(temp["cache"]));
    }

    [Fact]
    public void A_file_named_by_its_bytes_is_written_once_and_then_kept()
    {
        using var temp = new TempFolder();
        var folder = temp["cache"];

        var name = AtomicFile.WriteNamed(folder, s =>
        {
            s.Write("indhold"u8);
            return "docs-1.bin";
        });
        var again = AtomicFile.WriteNamed(folder, s =>
        {
            s.Write("andet indhold under samme navn"u8);
            return "docs-1.bin";
        });

        Assert.Equal(("docs-1.bin", "docs-1.bin"), (name, again));
        Assert.Equal("indhold"u8.ToArray(), File.ReadAllBytes(Path.Combine(folder, name)));
        Assert.Single(Directory.GetFiles(folder));
    }
}
