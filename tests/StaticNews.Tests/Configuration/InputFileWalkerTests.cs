using StaticNews.Configuration;

namespace StaticNews.Tests.Configuration;

/// <summary>
/// What the walk of an input folder lists: every file with the extension, in subfolders and
/// hidden ones too, in ordinal order; a symbolic link followed while it stays inside the input
/// root, reported when it leads out or nowhere; a link cycle walked once.
/// </summary>
public sealed class InputFileWalkerTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _input;
    private readonly string _articles;

    public InputFileWalkerTests()
    {
        _input = _temp["input"];
        _articles = Path.Combine(_input, "articles");
        Directory.CreateDirectory(_articles);
    }

    public void Dispose() => _temp.Dispose();

    private string Write(string relative)
    {
        var file = Path.Combine(_input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "x");
        return file;
    }

    private InputListing Walk(string extension = ".md")
        => InputFileWalker.Walk(_articles, extension, _input);

    [Fact]
    public void Lists_files_with_the_extension_in_subfolders_and_hidden_ones_in_ordinal_order()
    {
        var expected = new[]
        {
            Write("articles/.hidden.md"), Write("articles/B.MD"), Write("articles/a.md"),
            Write("articles/sub/deeper/c.md"), Write("articles/.dot/d.md"),
        }.Order(StringComparer.Ordinal).ToList();
        Write("articles/notes.txt");
        Write("articles/sub/e.md.tmp-1");

        var (files, outside) = Walk();

        Assert.Equal(expected, files);
        Assert.Empty(outside);
    }

    [Fact]
    public void An_empty_extension_lists_every_file()
    {
        var expected = new[] { Write("articles/a.md"), Write("articles/notes.txt"), Write("articles/sub/x") }.Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, Walk("").Files);
    }

    [Fact]
    public void A_missing_folder_lists_nothing()
    {
        Directory.Delete(_articles);

        var (files, outside) = Walk();

        Assert.Empty(files);
        Assert.Empty(outside);
    }

    [Fact]
    public void A_link_to_a_file_inside_the_root_is_listed_under_the_links_own_path()
    {
        var target = Write("elsewhere/target.md");
        var link = Path.Combine(_articles, "linked.md");
        File.CreateSymbolicLink(link, target);
        var own = Write("articles/own.md");

        var (files, outside) = Walk();

        Assert.Equal(new[] { link, own }, files);
        Assert.Empty(outside);
    }

    [Fact]
    public void Links_out_of_the_root_or_to_nothing_are_reported_not_listed()
    {
        var outsideFile = _temp["secret.md"];
        File.WriteAllText(outsideFile, "x");
        var toFile = Path.Combine(_articles, "secret.md");
        File.CreateSymbolicLink(toFile, outsideFile);
        var toFolder = Path.Combine(_articles, "etc");
        Directory.CreateSymbolicLink(toFolder, _temp.Path);
        var broken = Path.Combine(_articles, "gone.md");
        File.CreateSymbolicLink(broken, Path.Combine(_input, "missing.md"));
        var own = Write("articles/own.md");

        var (files, outside) = Walk();

        Assert.Equal(new[] { own }, files);
        Assert.Equal(new[] { toFile, broken, toFolder }.Order(StringComparer.Ordinal), outside);
    }

    [Fact]
    public void A_linked_folder_inside_the_root_is_walked_once_even_in_a_cycle()
    {
        var shared = Write("shared/s.md");
        Directory.CreateSymbolicLink(Path.Combine(_articles, "shared"), Path.Combine(_input, "shared"));
        Directory.CreateSymbolicLink(Path.Combine(_articles, "loop"), _articles);
        var own = Write("articles/own.md");

        var (files, outside) = Walk();

        // A followed folder's files are listed where they really are, and the loop back to the
        // folder being walked adds nothing.
        Assert.Equal(new[] { own, shared }.Order(StringComparer.Ordinal), files);
        Assert.Empty(outside);
    }

    [Fact]
    public void A_folder_named_like_an_input_file_is_refused_and_not_walked()
    {
        var kept = Write("articles/a.md");
        Write("articles/odd.md/inside.md");

        var listing = Walk();

        Assert.Equal([kept], listing.Files);
        var (path, reason) = Assert.Single(listing.Refused);
        Assert.Equal(Path.Combine(_articles, "odd.md"), path);
        Assert.Equal("is a folder, not a .md file; skipped", reason);
    }

    [SpecialFilesFact]
    public void A_name_that_is_not_valid_UTF8_is_refused_with_the_bad_bytes_shown_as_a_replacement_character()
    {
        var kept = Write("articles/a.md");
        SpecialFiles.WriteWithBadName(_articles, "b", ".md", "---\ntitle: x\n---\n");

        var listing = Walk();

        Assert.Equal([kept], listing.Files);
        var (path, reason) = Assert.Single(listing.Refused);
        Assert.Equal(Path.Combine(_articles, "b\uFFFD.md"), path);
        Assert.Contains("not valid UTF-8", reason);
    }

    [Fact]
    public void A_file_whose_name_really_holds_the_replacement_character_is_listed()
    {
        var file = Write("articles/b\uFFFD.md");
        Assert.Equal([file], Walk().Files);
    }
}
