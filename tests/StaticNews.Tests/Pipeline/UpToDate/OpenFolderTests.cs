using System.IO.Enumeration;
using StaticNews.Pipeline.UpToDate;

namespace StaticNews.Tests.Pipeline.UpToDate;

/// <summary>
/// A plain file's size and write time asked of its open folder are what the walk's entry says of
/// it, to the tick; everything else (a link, a folder, a file gone, a name .NET could not decode)
/// gets no answer, so the walk asks .NET as it always did.
/// </summary>
public class OpenFolderTests
{
    private sealed record Seen(string Folder, string Name, bool Answered, long Size, long Ticks, long EntrySize, long EntryTicks);

    /// <summary>Every entry under <paramref name="root"/>, each asked of one <see cref="OpenFolder"/> that follows the walk from folder to folder.</summary>
    private static List<Seen> Walk(string root)
    {
        using var open = new OpenFolder();
        return new FileSystemEnumerable<Seen>(root, (ref FileSystemEntry entry) =>
        {
            var answered = open.TryPlainFile(entry.Directory, entry.FileName, out var size, out var ticks);
            return new Seen(entry.Directory.ToString(), entry.FileName.ToString(), answered, size, ticks,
                entry.IsDirectory ? -1 : entry.Length, entry.LastWriteTimeUtc.UtcTicks);
        }, new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).ToList();
    }

    [Fact]
    public void A_plain_file_has_the_size_and_write_time_its_entry_gives_in_whichever_folder_it_lies()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["sub"]);
        File.WriteAllText(temp["same.txt"], "kort");
        File.WriteAllText(temp["sub/same.txt"], "en længere tekst");
        File.WriteAllText(temp["Æble ø.md"], "æble");
        File.WriteAllText(temp["old.txt"], "gammel");
        // Before 1970 (negative seconds) and between ticks: the time is turned into ticks as .NET turns it.
        File.SetLastWriteTimeUtc(temp["old.txt"], new DateTime(1960, 5, 4, 3, 2, 1, DateTimeKind.Utc).AddTicks(1234567));

        var files = Walk(temp.Path).Where(seen => seen.EntrySize >= 0).ToList();

        Assert.Equal(4, files.Count);
        Assert.All(files, seen =>
        {
            Assert.True(seen.Answered, seen.Name);
            Assert.Equal(seen.EntrySize, seen.Size);
            Assert.Equal(seen.EntryTicks, seen.Ticks);
        });
        Assert.NotEqual(files.Single(f => f.Folder == temp.Path && f.Name == "same.txt").Size, files.Single(f => f.Folder != temp.Path && f.Name == "same.txt").Size);
    }

    [Fact]
    public void A_link_a_folder_a_file_gone_and_a_name_dotnet_could_not_decode_are_left_to_dotnet()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["folder"]);
        File.WriteAllText(temp["target.txt"], "mål");
        File.CreateSymbolicLink(temp["link.txt"], temp["target.txt"]);
        using var open = new OpenFolder();

        Assert.False(open.TryPlainFile(temp.Path, "link.txt", out _, out _));
        Assert.False(open.TryPlainFile(temp.Path, "folder", out _, out _));
        Assert.False(open.TryPlainFile(temp.Path, "gone.txt", out _, out _));
        File.WriteAllText(temp["\uFFFD.txt"], "et navn med U+FFFD");
        Assert.False(open.TryPlainFile(temp.Path, "\uFFFD.txt", out _, out _));
        Assert.False(open.TryPlainFile(temp["folder\uFFFD"], "target.txt", out _, out _));
        Assert.False(open.TryPlainFile(temp["no such folder"], "target.txt", out _, out _));
        // The folder held is let go and taken up again: the same object still answers for the first.
        Assert.Equal(OperatingSystem.IsLinux(), open.TryPlainFile(temp.Path, "target.txt", out var size, out _));
        if (OperatingSystem.IsLinux()) Assert.Equal(new FileInfo(temp["target.txt"]).Length, size);
    }
}
