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
    public void Any_other_error_is_left_to_dotnet_and_the_length_is_still_what_FileInfo_says()
    {
        using var temp = new TempFolder();
        // ENAMETOOLONG: a name past the file system's 255 bytes is refused, not reported missing.
        var tooLong = new string('a', 300) + ".html";
        Span<byte> record = stackalloc byte[256];

        Assert.Equal(Statx.Answer.NotAsked, Statx.TryRead(temp.Path, tooLong, Statx.SizeField, record));
        Assert.Equal(-1, FileLength.Of(temp.Path, tooLong));
    }
}
