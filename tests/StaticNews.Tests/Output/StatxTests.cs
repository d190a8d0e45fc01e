using StaticNews.Output;

namespace StaticNews.Tests.Output;

/// <summary>
/// Asking statx for a path's record: a file is read, a path that names no file says so, and any
/// other refusal leaves the answer to .NET (a sandbox or an old kernel refusing the call must not
/// read as "no such file", or every file of output/ would seem gone).
/// </summary>
public class StatxTests
{
    [Fact]
    public void A_file_is_read_and_a_missing_one_or_one_under_a_file_is_no_such_file()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["page.html"], "<p>side</p>");
        Span<byte> record = stackalloc byte[256];

        Assert.Equal(Statx.Answer.Read, Statx.TryRead(temp.Path, "page.html", Statx.SizeField, record));
        Assert.Equal(new FileInfo(temp["page.html"]).Length, new Statx.Record(record).Size);
        Assert.Equal(Statx.Answer.NoSuchFile, Statx.TryRead(temp.Path, "missing.html", Statx.SizeField, record));
        // ENOTDIR: a folder on the way is a file.
        Assert.Equal(Statx.Answer.NoSuchFile, Statx.TryRead(temp.Path, "page.html/index.html", Statx.SizeField, record));
    }

    [Fact]
    public void A_path_inside_an_open_folder_is_answered_as_the_whole_path_is()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["2023/æble"]);
        File.WriteAllText(temp["2023/æble/index.html"], "<p>æble</p>");
        File.WriteAllText(temp["page.html"], "<p>side</p>");
        using var folder = Statx.TryOpen(temp.Path);
        Assert.NotNull(folder);
        Span<byte> byPath = stackalloc byte[256];
        Span<byte> inFolder = stackalloc byte[256];

        foreach (var relative in new[] { "2023/æble/index.html", "page.html", "2023/æble", "/page.html", "", "missing.html", "page.html/index.html", new string('a', 300) })
        {
            var answer = Statx.TryRead(temp.Path, relative, Statx.TypeField | Statx.SizeField | Statx.InodeField, byPath);
            Assert.Equal(answer, Statx.TryRead(folder, relative, Statx.TypeField | Statx.SizeField | Statx.InodeField, inFolder));
            if (answer == Statx.Answer.Read) Assert.Equal((new Statx.Record(byPath).Inode, new Statx.Record(byPath).Size), (new Statx.Record(inFolder).Inode, new Statx.Record(inFolder).Size));
        }
    }

    [Fact]
    public void A_folder_that_is_not_there_is_not_opened()
    {
        using var temp = new TempFolder();

        Assert.Null(Statx.TryOpen(temp["missing"]));
    }

    [Fact]
    public void Any_other_error_is_left_to_dotnet_and_the_length_is_still_what_FileInfo_says()
    {
        using var temp = new TempFolder();
        // ENAMETOOLONG: a name past the file system's 255 bytes is refused, not reported missing.
        var tooLong = new string('a', 300) + ".html";
        Span<byte> record = stackalloc byte[256];

        Assert.Equal(Statx.Answer.NotAsked, Statx.TryRead(temp.Path, tooLong, Statx.SizeField, record));
        using var lengths = new FileLengths(temp.Path);
        Assert.Equal(-1, lengths.Of(tooLong));
    }
}
