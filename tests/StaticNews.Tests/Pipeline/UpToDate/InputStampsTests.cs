using StaticNews.Configuration;
using StaticNews.Pipeline;
using StaticNews.Pipeline.UpToDate;
using StaticNews.Text;

namespace StaticNews.Tests.Pipeline.UpToDate;

/// <summary>
/// The check's stamps stand in for walking input/seeds/ and input/articles/ again: the listing
/// they give is the one the walk would give, and where only the walk can say what a folder holds
/// (a link, a folder named like an article) they give none.
/// </summary>
public class InputStampsTests : IDisposable
{
    private readonly TestSite _site = new("ritzau-amnesti.txt", "tv2-billund.txt");

    public InputStampsTests()
    {
        Assert.True(_site.Ingest().Succeeded);
        // A nested folder, a hidden file, an extension in capitals, and files of other kinds.
        Directory.CreateDirectory(Path.Combine(_site.Seeds, "2023", "maj"));
        File.WriteAllText(Path.Combine(_site.Seeds, "2023", "maj", "havnen.TXT"), "Havnen åbner\n\nKrydstogtskibe lægger til igen.");
        File.WriteAllText(Path.Combine(_site.Seeds, ".skjult.txt"), "skjult");
        File.WriteAllText(Path.Combine(_site.Seeds, "noter.md"), "ikke et seed");
        File.WriteAllText(Path.Combine(_site.Articles, "læs-mig.txt"), "ikke en artikel");
        Directory.CreateDirectory(Path.Combine(_site.Articles, "arkiv"));
        File.WriteAllText(Path.Combine(_site.Articles, "arkiv", "gammel.md"), "---\ntitle: Gammel\n---\nTekst");
    }

    private InputStamps Stamped() => InputFingerprint.Stamp(new BuildOptions(_site.Paths), null)!;

    [Fact]
    public void The_listing_of_seeds_and_articles_is_the_one_a_walk_gives()
    {
        var stamps = Stamped();

        AssertSameListing(InputFileWalker.Walk(_site.Seeds, ".txt", _site.Input), stamps.Listing(_site.Input, "seeds", ".txt"));
        AssertSameListing(InputFileWalker.Walk(_site.Articles, ".md", _site.Input), stamps.Listing(_site.Input, "articles", ".md"));
        Assert.Contains(Path.Combine(_site.Seeds, "2023", "maj", "havnen.TXT"), stamps.Listing(_site.Input, "seeds", ".txt")!.Files);
    }

    [Fact]
    public void The_files_directly_in_articles_are_those_the_folder_lists()
    {
        var expected = Directory.EnumerateFiles(_site.Articles).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, Stamped().TopFiles(_site.Input, "articles")!.Files);
        Assert.Contains(Path.Combine(_site.Articles, "læs-mig.txt"), expected);
    }

    [Fact]
    public void Files_ingest_wrote_or_removed_since_the_check_are_in_the_listing_as_a_walk_finds_them()
    {
        var stamps = Stamped();
        var written = Path.Combine(_site.Articles, "ny-artikel.md");
        File.WriteAllText(written, "---\ntitle: Ny\n---\nTekst");
        var removed = Directory.GetFiles(_site.Articles, "*.md").Order(StringComparer.Ordinal).First();
        File.Delete(removed);

        var after = stamps.With(_site.Input, [written, removed]);

        AssertSameListing(InputFileWalker.Walk(_site.Articles, ".md", _site.Input), after.Listing(_site.Input, "articles", ".md"));
        Assert.Equal(Directory.EnumerateFiles(_site.Articles).Order(StringComparer.Ordinal), after.TopFiles(_site.Input, "articles")!.Files);
        AssertHashesOfContent(after.Listing(_site.Input, "articles", ".md")!);
        AssertHashesOfContent(after.TopFiles(_site.Input, "articles")!);
    }

    [Fact]
    public void Each_listed_file_comes_with_the_hash_of_its_content()
    {
        var stamps = Stamped();

        AssertHashesOfContent(stamps.Listing(_site.Input, "seeds", ".txt")!);
        AssertHashesOfContent(stamps.Listing(_site.Input, "articles", ".md")!);
        AssertHashesOfContent(stamps.TopFiles(_site.Input, "articles")!);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void Files_written_or_removed_since_the_check_are_stamped_as_a_new_check_stamps_them(int written)
    {
        var stamps = Stamped();
        var changed = Enumerable.Range(0, written).Select(i => Path.Combine(_site.Articles, $"ny-{i:D3}.md")).ToList();
        foreach (var file in changed) File.WriteAllText(file, $"---\ntitle: Ny {file}\n---\nTekst");
        var edited = Directory.GetFiles(_site.Articles, "*.md").Order(StringComparer.Ordinal).First(file => !changed.Contains(file));
        File.WriteAllText(edited, "ændret");
        changed.Add(edited);
        File.Delete(Path.Combine(_site.Articles, "læs-mig.txt"));
        changed.Add(Path.Combine(_site.Articles, "læs-mig.txt"));

        var after = stamps.With(_site.Input, changed);

        Assert.Equal(Stamped().Stamps.Select(s => (s.Path, s.Size, s.Hash)), after.Stamps.Select(s => (s.Path, s.Size, s.Hash)));
    }

    [Fact]
    public void A_backslash_in_a_folder_s_name_is_part_of_the_name_where_the_system_separates_with_slashes()
    {
        Assert.Equal('/', Path.DirectorySeparatorChar); // the sites are built on Linux, where a name may hold '\\'
        var folder = Path.Combine(_site.Seeds, "2023\\maj");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "havnen.txt"), "Havnen åbner\n\nKrydstogtskibe lægger til igen.");

        var stamps = Stamped();

        Assert.Contains("input/seeds/2023\\maj/havnen.txt", stamps.Stamps.Select(s => s.Path));
        AssertSameListing(InputFileWalker.Walk(_site.Seeds, ".txt", _site.Input), stamps.Listing(_site.Input, "seeds", ".txt"));
        // Trusted the next time, the stamp still names the file that is there.
        var again = InputFingerprint.Stamp(new BuildOptions(_site.Paths), stamps with { TakenAt = DateTime.UtcNow.AddMinutes(1) })!;
        Assert.Equal(stamps.Stamps.Select(s => (s.Path, s.Hash)), again.Stamps.Select(s => (s.Path, s.Hash)));
    }

    [Fact]
    public void A_folder_named_like_a_seed_is_left_to_the_walk_which_reports_it()
    {
        Directory.CreateDirectory(Path.Combine(_site.Seeds, "gammel.txt"));

        Assert.Null(Stamped().Listing(_site.Input, "seeds", ".txt"));
        Assert.NotNull(Stamped().Listing(_site.Input, "articles", ".md"));
        Assert.Single(InputFileWalker.Walk(_site.Seeds, ".txt", _site.Input).Refused);
    }

    [Fact]
    public void A_linked_file_anywhere_under_input_leaves_every_listing_to_the_walk()
    {
        File.WriteAllText(Path.Combine(_site.Root, "udenfor.txt"), "uden for input/");
        File.CreateSymbolicLink(Path.Combine(_site.Seeds, "link.txt"), Path.Combine(_site.Root, "udenfor.txt"));

        var stamps = Stamped();

        Assert.Null(stamps.Listing(_site.Input, "seeds", ".txt"));
        Assert.Null(stamps.Listing(_site.Input, "articles", ".md"));
        Assert.Null(stamps.TopFiles(_site.Input, "articles"));
    }

    [Fact]
    public void A_linked_folder_leaves_every_listing_to_the_walk()
    {
        Directory.CreateDirectory(Path.Combine(_site.Root, "delt"));
        File.WriteAllText(Path.Combine(_site.Root, "delt", "ekstra.md"), "---\ntitle: Ekstra\n---\nTekst");
        Directory.CreateSymbolicLink(Path.Combine(_site.Articles, "delt"), Path.Combine(_site.Root, "delt"));

        Assert.Null(Stamped().Listing(_site.Input, "articles", ".md"));
    }

    [Fact]
    public void Stamps_read_from_a_record_give_no_listing()
    {
        var fromRecord = new InputStamps(DateTime.UtcNow, Stamped().Stamps);

        Assert.Null(fromRecord.Listing(_site.Input, "seeds", ".txt"));
        Assert.Null(fromRecord.TopFiles(_site.Input, "articles"));
    }

    private static void AssertHashesOfContent(InputListing listed)
    {
        Assert.NotNull(listed.Hashes);
        Assert.Equal(listed.Files.Select(file => ContentHash.Of(File.ReadAllBytes(file))), listed.Hashes);
    }

    private static void AssertSameListing(InputListing walked, InputListing? listed)
    {
        Assert.NotNull(listed);
        Assert.Equal(walked.Files, listed.Files);
        Assert.Empty(walked.OutsideLinks);
        Assert.Empty(walked.Refused);
    }

    public void Dispose() => _site.Dispose();
}
