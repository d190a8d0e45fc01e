using System.Runtime.InteropServices;
using System.Text;
using StaticNews.Output;

namespace StaticNews.Tests.Output;

/// <summary>
/// Manifest lines are spelt into one array: made with the room its paths need (page keys or none,
/// any size), it is never grown, so a large manifest is not copied as it is written.
/// </summary>
public class ManifestLineWriterTests
{
    private static readonly FileHash Hash = FileHash.Of("page"u8);

    [Fact]
    public void Lines_of_page_keys_fit_the_room_made_for_their_paths()
    {
        var paths = Enumerable.Range(0, 2_000).Select(i => $"2023/{i % 12:D2}/{new string('ø', i % 50)}-{i}/index.html").ToArray();
        var writer = new ManifestLineWriter(ManifestLineWriter.Room(paths));

        foreach (var (path, i) in paths.Select((path, i) => (path, i)))
            writer.Entry(path, new OutputManifest.Entry(i == 0 ? long.MaxValue : i, Hash, i % 2 == 0 ? OutputKey.Of("0123456789abcdef0123456789abcdef") : OutputKey.None));

        Assert.True(MemoryMarshal.TryGetArray(writer.Bytes, out var bytes));
        Assert.Equal(ManifestLineWriter.Room(paths), bytes.Array!.Length);
        Assert.Equal(paths.Length, writer.Bytes.Span.Count((byte)'\n'));
    }

    [Fact]
    public void A_writer_grows_for_lines_past_its_room()
    {
        var writer = new ManifestLineWriter(1);

        writer.PathAlone("æble/index.html");
        writer.Entry("b.html", new OutputManifest.Entry(3, Hash, OutputKey.Of(string.Concat(Enumerable.Repeat("søgeindeks-", 100)))));

        Assert.Equal($"æble/index.html\nb.html\t3\t{Hash}\t{string.Concat(Enumerable.Repeat("søgeindeks-", 100))}\n", Encoding.UTF8.GetString(writer.Bytes.Span));
    }
}
