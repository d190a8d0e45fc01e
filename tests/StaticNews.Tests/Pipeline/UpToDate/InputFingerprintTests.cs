using StaticNews.Pipeline.UpToDate;
using StaticNews.Pipeline;

namespace StaticNews.Tests.Pipeline.UpToDate;

/// <summary>
/// The fingerprint stamps every file under input/ and the theme by ordinal path, with the size
/// and write time the file system reports for it, and reads a file again only when those moved.
/// </summary>
[Trait("Category", "Slow")]
public class InputFingerprintTests : IDisposable
{
    private readonly TestSite _site = new("ritzau-amnesti.txt", "tv2-billund.txt");

    [Fact]
    public void Every_file_is_stamped_in_ordinal_order_with_its_size_and_write_time()
    {
        File.WriteAllText(Path.Combine(_site.Seeds, ".hidden.txt"), "skjult");
        Directory.CreateDirectory(Path.Combine(_site.Input, "layouts", "partials"));
        File.WriteAllText(Path.Combine(_site.Input, "layouts", "partials", "Æble.liquid"), "<p>æble</p>");
        File.WriteAllText(Path.Combine(_site.Input, "layouts", "Zebra.liquid"), "<p>z</p>");
        // A linked folder is walked as the recursive walk always walked it: its files under the link's name.
        Directory.CreateDirectory(Path.Combine(_site.Root, "shared", "deep"));
        File.WriteAllText(Path.Combine(_site.Root, "shared", "deep", "note.txt"), "delt");
        Directory.CreateSymbolicLink(Path.Combine(_site.Input, "linked"), Path.Combine(_site.Root, "shared"));

        var stamps = InputFingerprint.Stamp(new BuildOptions(_site.Paths), null)!.Stamps;

        var expected = new[] { ("input", _site.Input), ("theme", RepoPaths.Theme) }
            .SelectMany(root => Directory.EnumerateFiles(root.Item2, "*", SearchOption.AllDirectories)
                .Select(file => (Path: root.Item1 + "/" + Path.GetRelativePath(root.Item2, file).Replace('\\', '/'), Info: new FileInfo(file))))
            .ToList();
        Assert.Equal(expected.Select(e => e.Path).Order(StringComparer.Ordinal), stamps.Select(s => s.Path));
        Assert.Contains("input/seeds/.hidden.txt", stamps.Select(s => s.Path));
        Assert.Contains("input/layouts/partials/Æble.liquid", stamps.Select(s => s.Path));
        Assert.Contains("input/linked/deep/note.txt", stamps.Select(s => s.Path));
        foreach (var (path, info) in expected)
        {
            var stamp = stamps.Single(s => s.Path == path);
            Assert.Equal(info.Length, stamp.Size);
            Assert.Equal(info.LastWriteTimeUtc.Ticks, stamp.WrittenTicks);
            Assert.Equal(StaticNews.Text.ContentHash.Of(File.ReadAllBytes(info.FullName)), stamp.Hash);
        }
    }

    [Fact]
    public void A_trusted_stamp_is_reused_and_a_moved_write_time_means_the_file_is_read_again()
    {
        var options = new BuildOptions(_site.Paths);
        var seed = Path.Combine(_site.Seeds, "ritzau-amnesti.txt");
        File.SetLastWriteTimeUtc(seed, DateTime.UtcNow.AddHours(-1));
        var stamps = InputFingerprint.Stamp(options, null)!.Stamps;
        var fingerprint = InputFingerprint.Of(options, TimeZoneInfo.Utc, stamps);
        // A record whose stamp of the seed claims another hash: trusted, it is taken as it is.
        var claimed = stamps.Select(s => s.Path == "input/seeds/ritzau-amnesti.txt" ? s with { Hash = "claimed" } : s).ToList();
        var record = new UpToDateRecord(fingerprint, DateTime.UtcNow, claimed, "UTC", "", "", 0, 0, 0, 0, 0, 0, []);

        var trusted = InputFingerprint.Stamp(options, record.Taken)!;
        Assert.Equal("claimed", trusted.Stamps.Single(s => s.Path == "input/seeds/ritzau-amnesti.txt").Hash);

        File.SetLastWriteTimeUtc(seed, DateTime.UtcNow.AddHours(-2));
        var reread = InputFingerprint.Stamp(options, record.Taken)!;
        Assert.Equal(StaticNews.Text.ContentHash.Of(File.ReadAllBytes(seed)), reread.Stamps.Single(s => s.Path == "input/seeds/ritzau-amnesti.txt").Hash);
        Assert.Equal(fingerprint, InputFingerprint.Of(options, TimeZoneInfo.Utc, reread.Stamps));
    }

    [Fact]
    public void Trusted_stamps_are_kept_as_they_are_with_added_files_put_in_their_places_and_removed_ones_left_out()
    {
        var options = new BuildOptions(_site.Paths);
        foreach (var file in Directory.EnumerateFiles(_site.Input, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        var first = InputFingerprint.Stamp(options, null)!;
        // Trusted stamps in another order than the walk's: the result is in ordinal order all the same.
        var trusted = first with { TakenAt = DateTime.UtcNow, Stamps = first.Stamps.Reverse().ToList() };
        File.Delete(Path.Combine(_site.Seeds, "tv2-billund.txt"));
        File.WriteAllText(Path.Combine(_site.Seeds, "m-ny.txt"), "Ny tekst");

        var stamps = InputFingerprint.Stamp(options, trusted)!.Stamps;

        var paths = stamps.Select(s => s.Path).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.DoesNotContain("input/seeds/tv2-billund.txt", paths);
        Assert.Equal(StaticNews.Text.ContentHash.Of(File.ReadAllBytes(Path.Combine(_site.Seeds, "m-ny.txt"))),
            stamps.Single(s => s.Path == "input/seeds/m-ny.txt").Hash);
        // Every other file is kept as the trusted stamp itself: nothing of it is read or made again.
        foreach (var stamp in stamps.Where(s => s.Path != "input/seeds/m-ny.txt"))
            Assert.Same(trusted.Stamps.Single(t => t.Path == stamp.Path), stamp);
        Assert.Equal(first.Stamps.Count, stamps.Count);
    }

    public void Dispose() => _site.Dispose();
}
