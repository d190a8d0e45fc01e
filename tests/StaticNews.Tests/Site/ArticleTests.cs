using StaticNews.Content;
using StaticNews.Site;
using StaticNews.Text;

namespace StaticNews.Tests.Site;

/// <summary>An article in its file holds no body: it reads the file's body when asked, as a page would show it.</summary>
public class ArticleTests
{
    private static readonly FrontMatter Meta = new() { Title = "Ny bro", Date = new DateTimeOffset(2023, 9, 22, 10, 0, 0, TimeSpan.FromHours(2)) };

    [Fact]
    public void An_article_in_its_file_reads_the_body_the_file_holds_now()
    {
        using var temp = new TempFolder();
        var file = temp["ny-bro.md"];
        File.WriteAllText(file, "---\ntitle: Ny bro\ndate: 2023-09-22T10:00:00+02:00\n---\n\nFørste udgave.\n");
        var article = Article.InFile(Meta, "hash", file, "ny-bro", "2023/09/22/ny-bro/", new DateTime(2023, 9, 22, 10, 0, 0));

        Assert.Equal("Første udgave.", article.ReadBody());
        File.WriteAllText(file, "---\ntitle: Ny bro\ndate: 2023-09-22T10:00:00+02:00\n---\n\nAnden udgave.\n");
        Assert.Equal("Anden udgave.", article.ReadBody());
        Assert.Equal("hash", article.Hash);
    }

    [Fact]
    public void A_body_read_from_the_file_is_cleaned_of_what_no_page_can_show()
    {
        using var temp = new TempFolder();
        var file = temp["farver.md"];
        File.WriteAllText(file, "---\ntitle: Farver\ndate: 2023-09-22T10:00:00+02:00\n---\n\nRød \u001b[1mtekst\u001b[0m og en klokke\u0007.\n");
        var article = Article.InFile(Meta, "hash", file, "farver", "2023/09/22/farver/", new DateTime(2023, 9, 22, 10, 0, 0));

        var body = article.ReadBody();

        Assert.DoesNotContain('\u001b', body);
        Assert.DoesNotContain('\u0007', body);
        Assert.Equal(ControlCharactersCleaned("Rød \u001b[1mtekst\u001b[0m og en klokke\u0007."), body);
    }

    [Fact]
    public void An_article_made_from_text_keeps_its_body_and_hashes_it()
    {
        var article = new Article(Meta, "Brødtekst.", "/nowhere/ny-bro.md", "ny-bro", "2023/09/22/ny-bro/", new DateTime(2023, 9, 22, 10, 0, 0));

        Assert.Equal("Brødtekst.", article.ReadBody());
        Assert.Equal(ContentHash.Of("Brødtekst."), article.Hash);
    }

    private static string ControlCharactersCleaned(string text) => ControlCharacters.Clean(text).Text;
}
