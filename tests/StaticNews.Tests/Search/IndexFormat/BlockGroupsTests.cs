using System.Text;
using StaticNews.Output;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Tests.Search.IndexFormat;

public sealed class BlockGroupsTests
{
    private static readonly BlockGroups Groups = new(new SearchIndexOptions { BlockSize = 2, BlockGroup = 2 });

    private static string[] Names(int count) => [.. Enumerable.Range(0, count).Select(d => "n" + d)];

    [Fact]
    public void A_group_is_its_blocks_of_fragment_names_each_a_file_named_after_the_group()
    {
        var files = new List<OutputFile>();
        var hash = Groups.Make(Names(7), 1, "search/", files);

        Assert.Equal(4, Groups.Documents);
        Assert.Equal(2, Groups.BlockCount(7, 1));
        Assert.Equal([$"search/d/{hash}-0.json.gz", $"search/d/{hash}-1.json.gz"], files.Select(f => f.Path));
        Assert.Equal(["[\"n4\",\"n5\"]", "[\"n6\"]"], files.Select(f => Encoding.UTF8.GetString(IndexFileGzip.Decompress(f.Content))));
        Assert.All(files, f => Assert.Equal(SearchIndexFiles.ContentKey, f.Key));
    }

    [Fact]
    public void A_groups_name_changes_with_its_own_fragment_names_only()
    {
        var names = Names(8);
        var first = Groups.Make(names, 0, "search/", []);
        var second = Groups.Make(names, 1, "search/", []);
        names[5] = "changed";

        Assert.Equal(first, Groups.Make(names, 0, "search/", []));
        Assert.NotEqual(second, Groups.Make(names, 1, "search/", []));
    }
}
