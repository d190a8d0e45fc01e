using StaticNews.Caching;
using StaticNews.Output;
using StaticNews.Text;

namespace StaticNews.Tests.Output;

/// <summary>
/// The spare tree's life: the first commit makes it, each commit after brings it up to date by
/// the difference of two builds and exchanges it with output/, and the old output/ becomes the
/// next spare. A spare that cannot be trusted or used is never used.
/// </summary>
[Trait("Category", "Slow")]
public class SpareOutputTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private string Output => _temp["site/output"];
    private BuildCache Cache => new(_temp["site/.cache/output"]);
    private string Spare => Output + ".spare";
    private string SpareDifferenceFile => Cache.SpareDifferenceFile;

    /// <summary>A site of 60 article pages in folders of their own, a front page and a feed.</summary>
    private static Dictionary<string, string> Site(string version = "v1")
    {
        var site = new Dictionary<string, string>(StringComparer.Ordinal) { ["index.html"] = "front " + version, ["feed.xml"] = "feed " + version };
        for (var i = 0; i < 60; i++) site[$"2023/{i % 12 + 1:D2}/{i:D3}/index.html"] = $"article {i}";
        return site;
    }

    [Fact]
    public void The_first_build_leaves_a_spare_holding_the_same_site_in_the_same_inodes()
    {
        var site = Site();
        var build = Commit(site);

        Assert.Null(build.SpareUpdate);
        Assert.Equal(site, Files(Output));
        Assert.Equal(site, Files(Spare));
        Assert.All(site.Keys, path => Assert.Equal(Inode(Output, path), Inode(Spare, path)));
        // Made from the new site, the spare differs from output/ nowhere.
        Assert.Empty(Difference().Paths);
        Assert.Equal(ContentHash.OfFile(Cache.OutputManifestFile), Difference().RelativeTo);
    }

    [Fact]
    public void A_build_touches_only_the_files_it_changed_and_output_and_spare_keep_sharing_the_rest()
    {
        Commit(Site());
        var second = Site("v2");
        second.Remove("2023/05/004/index.html");
        second["2024/01/100/index.html"] = "article 100";

        var build = Commit(second);

        // Front page and feed changed, one article added, one deleted: four files, out of 62.
        Assert.Equal(new SpareUpdate(Moved: 3, Linked: 0, Deleted: 1, Examined: 4), build.SpareUpdate);
        Assert.Equal(second, Files(Output));
        Assert.Equal(Site(), Files(Spare));
        var unchanged = second.Keys.Where(p => Site().TryGetValue(p, out var old) && old == second[p]).ToList();
        Assert.Equal(59, unchanged.Count);
        Assert.All(unchanged, path => Assert.Equal(Inode(Output, path), Inode(Spare, path)));
        Assert.NotEqual(Inode(Output, "index.html"), Inode(Spare, "index.html"));
    }

    [Fact]
    public void A_spare_one_build_behind_gets_the_last_two_builds_changes_and_nothing_else()
    {
        Commit(Site());
        var second = Site("v2");
        second.Remove("2023/05/004/index.html");
        second["2024/01/100/index.html"] = "article 100";
        Commit(second);
        var third = new Dictionary<string, string>(second) { ["2023/01/000/index.html"] = "article 0, corrected" };

        var build = Commit(third);

        // This build's one file moved in; the last build's three linked from output/ and one deleted:
        // the five paths of the spare's difference and this build's file are all that is looked at.
        Assert.Equal(new SpareUpdate(Moved: 1, Linked: 3, Deleted: 1, Examined: 5), build.SpareUpdate);
        Assert.Equal(third, Files(Output));
        Assert.Equal(second, Files(Spare));
        Assert.All(third.Keys.Where(p => p != "2023/01/000/index.html"), path => Assert.Equal(Inode(Output, path), Inode(Spare, path)));
    }

    [Fact]
    public void Folders_a_deleted_file_leaves_empty_are_removed_and_a_file_may_become_a_folder()
    {
        var first = Site();
        first["about"] = "a file named like a folder";
        Commit(first);
        var second = Site();
        second.Remove("2023/05/004/index.html");
        second.Remove("about");
        second["about/index.html"] = "now a folder";
        Commit(second);
        Commit(Site());

        Assert.Equal(Site(), Files(Output));
        Assert.Equal(second, Files(Spare));
        Assert.Equal(FoldersOf(Site()), Folders(Output));
        Assert.Equal(FoldersOf(second), Folders(Spare));
    }

    [Fact]
    public void A_spare_left_without_its_difference_is_discarded_and_made_again()
    {
        Commit(Site());
        // What a build killed while bringing the spare up to date leaves: a spare half changed, no difference.
        File.Delete(SpareDifferenceFile);
        File.Delete(Path.Combine(Spare, "index.html"));
        File.WriteAllText(Path.Combine(Spare, "index.html"), "half written");
        File.WriteAllText(Path.Combine(Spare, "stray.html"), "not in any site");

        var second = Site("v2");
        var build = Commit(second);

        Assert.Null(build.SpareUpdate);
        Assert.Equal(second, Files(Output));
        Assert.Equal(Site(), Files(Spare));
        Assert.True(File.Exists(SpareDifferenceFile));
        Assert.Equal(new SpareUpdate(Moved: 2, Linked: 0, Deleted: 0, Examined: 2), Commit(Site("v3")).SpareUpdate);
        Assert.Equal(Site("v3"), Files(Output));
    }

    [Fact]
    public void The_spare_s_whole_manifest_that_the_difference_replaced_is_deleted_by_the_next_commit()
    {
        Commit(Site());
        File.WriteAllText(Cache.ReplacedSpareManifestFile, "a spare manifest as large as output/'s");

        Commit(Site("v2"));

        Assert.False(File.Exists(Cache.ReplacedSpareManifestFile));
        Assert.Equal(Site(), Files(Spare));
    }

    [Fact]
    public void A_spare_difference_without_its_folder_is_not_trusted()
    {
        Commit(Site());
        Directory.Delete(Spare, recursive: true);

        var build = Commit(Site("v2"));

        Assert.Null(build.SpareUpdate);
        Assert.Equal(Site("v2"), Files(Output));
        Assert.Equal(Site(), Files(Spare));
    }

    [Fact]
    public void An_output_changed_behind_the_builds_back_is_not_trusted_and_neither_is_the_spare_that_shares_its_files()
    {
        Commit(Site());
        Commit(Site("v2"));
        // Appending in place changes the inode output/ and the spare share.
        File.AppendAllText(Path.Combine(Output, "2023/01/000/index.html"), " edited by hand");

        var build = Commit(Site("v3"));

        Assert.Null(build.SpareUpdate);
        Assert.Equal(Site("v3"), Files(Output));
        Assert.Equal(Site("v3"), Files(Spare));
        Assert.All(Site().Keys, path => Assert.Equal(Inode(Output, path), Inode(Spare, path)));
    }

    [Fact]
    public void A_file_removed_from_or_added_to_the_spare_by_hand_reaches_output_for_one_build_and_the_next_build_rebuilds_it()
    {
        Commit(Site());
        Commit(Site("v2"));
        File.Delete(Path.Combine(Spare, "2023/01/000/index.html"));
        File.WriteAllText(Path.Combine(Spare, "stray.html"), "put there by hand");

        Commit(Site("v3"));
        Assert.False(File.Exists(Path.Combine(Output, "2023/01/000/index.html")));
        Assert.True(File.Exists(Path.Combine(Output, "stray.html")));

        var build = Commit(Site("v3"));
        Assert.False(build.HasPrevious);
        Assert.Equal(Site("v3"), Files(Output));
    }

    [Fact]
    public void A_build_that_changes_nothing_touches_neither_output_nor_the_spare()
    {
        Commit(Site());
        Commit(Site("v2"));
        var difference = File.ReadAllText(SpareDifferenceFile);
        var inodes = Site("v2").Keys.ToDictionary(p => p, p => (Inode(Output, p), Inode(Spare, p)));

        var build = Commit(Site("v2"));

        Assert.Equal(0, build.Written);
        Assert.Null(build.SpareUpdate);
        Assert.Equal(difference, File.ReadAllText(SpareDifferenceFile));
        Assert.All(Site("v2").Keys, p => Assert.Equal(inodes[p], (Inode(Output, p), Inode(Spare, p))));
    }

    [Fact]
    public void A_spare_folder_on_another_file_system_is_not_kept_and_the_commit_stages_a_whole_tree()
    {
        var elsewhere = FolderOnAnotherFileSystem();
        try
        {
            var spare = Path.Combine(elsewhere, "spare");
            Directory.CreateDirectory(spare);
            File.WriteAllText(Path.Combine(spare, "index.html"), "a spare that cannot be exchanged");
            Commit(Site(), spare);

            foreach (var version in new[] { "v2", "v3" })
            {
                var build = Commit(Site(version), spare);
                Assert.Null(build.SpareUpdate);
                Assert.Equal(Site(version), Files(Output));
            }
            Assert.False(Directory.Exists(spare));
            Assert.False(File.Exists(SpareDifferenceFile));
            Assert.False(Directory.Exists(Output + ".staging"));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void Without_an_exchange_the_spare_is_swapped_in_by_renames_and_still_kept()
    {
        Func<string, string, bool> unsupported = (_, _) => false;
        Commit(Site(), exchange: unsupported);
        Commit(Site("v2"), exchange: unsupported);

        var build = Commit(Site("v3"), exchange: unsupported);

        Assert.Equal(new SpareUpdate(Moved: 2, Linked: 0, Deleted: 0, Examined: 2), build.SpareUpdate);
        Assert.Equal(Site("v3"), Files(Output));
        Assert.Equal(Site("v2"), Files(Spare));
        Assert.False(Directory.Exists(Output + ".old"));
    }

    [Fact]
    public void The_spare_is_recorded_as_the_previous_entries_of_the_paths_the_last_build_wrote_or_removed()
    {
        Commit(Site());
        var before = OutputManifest.TryRead(Cache.OutputManifestFile)!;
        var second = Site("v2");
        second.Remove("2023/05/004/index.html");
        second["2024/01/100/index.html"] = "article 100";

        Commit(second);

        var difference = Difference();
        Assert.Equal(ContentHash.OfFile(Cache.OutputManifestFile), difference.RelativeTo);
        Assert.Equal(new SortedSet<string>(["2023/05/004/index.html", "2024/01/100/index.html", "feed.xml", "index.html"], StringComparer.Ordinal),
            new SortedSet<string>(difference.Paths.Keys, StringComparer.Ordinal));
        Assert.Null(difference.Paths["2024/01/100/index.html"]); // the spare has no such file
        Assert.All(difference.Paths.Where(p => p.Value != null), p => Assert.Equal(before.Files[p.Key], p.Value));
    }

    [Fact]
    public void Bringing_the_spare_up_to_date_looks_only_at_the_paths_that_changed_however_large_the_site()
    {
        var site = Site();
        for (var i = 0; i < 3_000; i++) site[$"2022/{i % 12 + 1:D2}/{i:D4}/index.html"] = $"old article {i}";
        Commit(site);
        Commit(new Dictionary<string, string>(site) { ["index.html"] = "front v2" });
        var third = new Dictionary<string, string>(site) { ["index.html"] = "front v3", ["2022/01/0000/index.html"] = "corrected" };

        var build = Commit(third);

        // The front page (changed by both builds) moved in, the article this build changed moved
        // in: two paths looked at, of 3,062.
        Assert.Equal(new SpareUpdate(Moved: 2, Linked: 0, Deleted: 0, Examined: 2), build.SpareUpdate);
        Assert.Equal(third, Files(Output));
        Assert.Equal(new Dictionary<string, string>(site) { ["index.html"] = "front v2" }, Files(Spare));
    }

    [Fact]
    public void A_spare_whose_difference_is_from_another_manifest_is_not_trusted_and_is_made_again()
    {
        Commit(Site());
        var older = File.ReadAllBytes(SpareDifferenceFile); // whole, but from the first build's manifest
        Commit(Site("v2"));
        File.WriteAllBytes(SpareDifferenceFile, older);

        var build = Commit(Site("v3"));

        Assert.Null(build.SpareUpdate);
        Assert.Equal(Site("v3"), Files(Output));
        Assert.Equal(Site("v2"), Files(Spare));
        Assert.Equal(ContentHash.OfFile(Cache.OutputManifestFile), Difference().RelativeTo);
        Assert.Equal(new SpareUpdate(Moved: 2, Linked: 0, Deleted: 0, Examined: 2), Commit(Site("v4")).SpareUpdate);
        Assert.Equal(Site("v4"), Files(Output));
        Assert.Equal(Site("v3"), Files(Spare));
    }

    [Theory]
    [InlineData("")]
    [InlineData("StaticNews spare difference v1\n")]
    [InlineData("StaticNews spare difference v1\n{hash}\nindex.html\tnot a size\n")]
    [InlineData("StaticNews spare difference v1\n{hash}\nindex.html")]
    public void A_damaged_difference_is_not_trusted_and_the_spare_is_made_again(string text)
    {
        Commit(Site());
        Commit(Site("v2"));
        File.WriteAllText(SpareDifferenceFile, text.Replace("{hash}", ContentHash.OfFile(Cache.OutputManifestFile)));

        var build = Commit(Site("v3"));

        Assert.Null(build.SpareUpdate);
        Assert.Equal(Site("v3"), Files(Output));
        Assert.Equal(Site("v2"), Files(Spare));
    }

    [Fact]
    public void A_build_that_changes_only_keys_rewrites_the_manifest_and_keeps_the_spare_trusted_beside_it()
    {
        Commit(Site());
        Commit(Site("v2"));
        var manifest = File.ReadAllBytes(Cache.OutputManifestFile);

        var build = Commit(Site("v2"), key: "made from new templates");

        Assert.Equal(0, build.Written);
        Assert.NotEqual(manifest, File.ReadAllBytes(Cache.OutputManifestFile));
        Assert.Equal(ContentHash.OfFile(Cache.OutputManifestFile), Difference().RelativeTo);
        Assert.Equal(new SpareUpdate(Moved: 2, Linked: 0, Deleted: 0, Examined: 2), Commit(Site("v3")).SpareUpdate);
        Assert.Equal(Site("v3"), Files(Output));
        Assert.Equal(Site("v2"), Files(Spare));
    }

    /// <summary>What one commit of <see cref="Commit"/> was given and did.</summary>
    private sealed record Built(RenderedOutput Rendered, SpareUpdate? SpareUpdate)
    {
        public bool HasPrevious => Rendered.Previous != null;
        public int Written => Rendered.Written.Count;
    }

    private Built Commit(Dictionary<string, string> site, string? spareFolder = null, Func<string, string, bool>? exchange = null, string? key = null)
    {
        var commit = new OutputCommit(Output, Cache)
        {
            SpareFolder = spareFolder ?? Spare,
            Exchange = exchange ?? AtomicDirectorySwap.TryExchange,
        };
        OutputRecovery.Recover(Output, Cache);
        var output = new PendingOutput(Output, CommittedOutput.TrustedManifest(Output, Cache));
        foreach (var (path, content) in site.OrderBy(f => f.Key, StringComparer.Ordinal))
            output.Add(new OutputFile(path, System.Text.Encoding.UTF8.GetBytes(content)) { Key = key });
        var rendered = output.Result();
        commit.Commit(rendered);
        return new Built(rendered, commit.SpareUpdate);
    }

    private SpareDifference Difference() => SpareDifference.TryRead(SpareDifferenceFile)!;

    internal static Dictionary<string, string> Files(string folder)
        => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    private static SortedSet<string> Folders(string folder)
        => new(Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)), StringComparer.Ordinal);

    private static SortedSet<string> FoldersOf(Dictionary<string, string> site)
    {
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in site.Keys)
            for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
                folders.Add(folder);
        return folders;
    }

    private static ulong Inode(string root, string path) => FileIdentity.Of(Path.Combine(root, path))!.Value.Inode;

    /// <summary>A scratch folder on another file system than the temporary folder (e.g. /dev/shm, memory, against a disk).</summary>
    private string FolderOnAnotherFileSystem()
    {
        foreach (var candidate in new[] { "/dev/shm", "/tmp", "/var/tmp", Environment.CurrentDirectory })
        {
            if (Directory.Exists(candidate) && !FileIdentity.OnOneFileSystem(candidate, _temp.Path))
                return Directory.CreateDirectory(Path.Combine(candidate, "staticnews-test-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        }
        Assert.Fail("this test needs a writable folder on another file system than the temporary folder (e.g. /dev/shm)");
        return "";
    }

    public void Dispose() => _temp.Dispose();
}
