using StaticNews.Output;

namespace StaticNews.Tests.Output;

public class OutputListingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("staticnews-listing-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string path, string content)
    {
        var file = Path.Combine(_folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
    }

    [Fact]
    public void A_listing_reads_as_its_count_and_the_wrapping_sum_of_each_line_s_xxhash128_in_32_hex_digits()
    {
        var files = new Dictionary<string, long> { ["index.html"] = 14, ["2023/09/22/æble/index.html"] = 6 };
        var total = UInt128.Zero;
        foreach (var (path, size) in files)
            unchecked { total += System.IO.Hashing.XxHash128.HashToUInt128(System.Text.Encoding.UTF8.GetBytes($"{path}\t{size}")); }

        Assert.Equal($"2-{total:x32}", OutputListing.Of(files));
        Assert.Equal($"0-{UInt128.Zero:x32}", OutputListing.Of(new Dictionary<string, long>()));
    }

    [Fact]
    public void A_walked_folder_hashes_as_the_list_of_its_files_and_sizes_in_any_order()
    {
        Write("index.html", "<p>forside</p>");
        Write("2023/09/22/aarhus/index.html", "æøå");
        Write("tags/aarhus/feed.xml", "");

        var listed = new Dictionary<string, long> { ["tags/aarhus/feed.xml"] = 0, ["index.html"] = 14, ["2023/09/22/aarhus/index.html"] = 6 };

        Assert.Equal(OutputListing.Of(listed), OutputListing.Of(_folder));
        Assert.Equal(OutputListing.Of(listed.Reverse()), OutputListing.Of(_folder));
    }

    [Fact]
    public void A_file_added_removed_renamed_or_resized_changes_the_hash()
    {
        Write("index.html", "a");
        Write("2023/index.html", "b");
        var before = OutputListing.Of(_folder);

        Write("index.html", "aa");
        var resized = OutputListing.Of(_folder);
        Write("index.html", "a");
        Assert.Equal(before, OutputListing.Of(_folder));

        File.Move(Path.Combine(_folder, "2023", "index.html"), Path.Combine(_folder, "2023", "indeks.html"));
        var renamed = OutputListing.Of(_folder);
        File.Move(Path.Combine(_folder, "2023", "indeks.html"), Path.Combine(_folder, "2023", "index.html"));

        Write("2024/index.html", "c");
        var added = OutputListing.Of(_folder);
        File.Delete(Path.Combine(_folder, "index.html"));
        var removed = OutputListing.Of(_folder);

        Assert.Equal(5, new[] { before, resized, renamed, added, removed }.Distinct().Count());
    }

    [Fact]
    public void Moving_a_file_to_another_folder_changes_the_hash()
    {
        Write("a/b/index.html", "x");
        var before = OutputListing.Of(_folder);
        Directory.Move(Path.Combine(_folder, "a", "b"), Path.Combine(_folder, "b"));
        Directory.Delete(Path.Combine(_folder, "a"));

        Assert.NotEqual(before, OutputListing.Of(_folder));
        Assert.Equal(OutputListing.Of(new Dictionary<string, long> { ["b/index.html"] = 1 }), OutputListing.Of(_folder));
    }
}
