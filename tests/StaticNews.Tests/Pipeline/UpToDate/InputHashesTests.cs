using StaticNews.Pipeline.UpToDate;
using StaticNews.Pipeline;

namespace StaticNews.Tests.Pipeline.UpToDate;

public class InputHashesTests
{
    private static readonly string Input = Path.Combine(Path.GetTempPath(), "staticnews-site", "input");

    private static InputHashes Hashes() => new(Input,
    [
        new FileStamp("input/seeds/a.txt", 10, 1, "hash-a"),
        new FileStamp("input/articles/a.md", 20, 1, "hash-md"),
        new FileStamp("theme/layouts/base.liquid", 30, 1, "hash-theme"),
    ]);

    [Fact]
    public void A_file_is_found_by_its_full_path_however_it_is_written()
    {
        var hashes = Hashes();
        Assert.Equal("hash-a", hashes.Of(Path.Combine(Input, "seeds", "a.txt")));
        Assert.Equal("hash-a", hashes.Of(Path.Combine(Input, "seeds", ".", "a.txt")));
        Assert.Equal("hash-md", hashes.Of(Path.Combine(Input, "seeds", "..", "articles", "a.md")));
    }

    [Fact]
    public void Files_outside_input_and_files_the_check_did_not_stamp_have_no_hash()
    {
        var hashes = Hashes();
        Assert.Null(hashes.Of(Path.Combine(Input, "seeds", "b.txt")));
        Assert.Null(hashes.Of(Path.Combine(Input, "..", "theme", "layouts", "base.liquid")));
    }

    [Fact]
    public void Files_written_since_the_check_are_taken_out()
    {
        var hashes = Hashes().Without([Path.Combine(Input, "articles", "a.md")]);
        Assert.Null(hashes.Of(Path.Combine(Input, "articles", "a.md")));
        Assert.Equal("hash-a", hashes.Of(Path.Combine(Input, "seeds", "a.txt")));
    }

    [Fact]
    public void Taking_files_out_leaves_the_hashes_it_was_taken_from_as_they_were()
    {
        var hashes = Hashes();
        var fewer = hashes.Without([Path.Combine(Input, "articles", "a.md")]);
        var fewest = fewer.Without([Path.Combine(Input, "seeds", "..", "seeds", "a.txt")]);

        Assert.Equal("hash-md", hashes.Of(Path.Combine(Input, "articles", "a.md")));
        Assert.Equal("hash-a", fewer.Of(Path.Combine(Input, "seeds", "a.txt")));
        Assert.Null(fewest.Of(Path.Combine(Input, "seeds", "a.txt")));
        Assert.Null(fewest.Of(Path.Combine(Input, "articles", "a.md")));
    }
}
