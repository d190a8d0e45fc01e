using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Site;

namespace StaticNews.Tests.Site;

/// <summary>
/// People, organisations and editors' topics are all tags, at the URLs tags always had, and each
/// knows which it is: from the front matter's <c>people</c>, <c>organisations</c> and <c>tags</c>.
/// A file from before the split, with everyone in <c>tags</c>, still reads: its names are topics.
/// </summary>
public class TermRoleTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private static readonly DateTimeOffset Day = new(2023, 9, 22, 10, 0, 0, TimeSpan.FromHours(2));

    private static (ArticleFile, string) Article(string slug, int day, string[]? people = null, string[]? organisations = null, string[]? tags = null)
        => (new ArticleFile(new FrontMatter
        {
            Title = slug,
            Date = Day.AddDays(day),
            Slug = slug,
            People = people ?? [],
            Organisations = organisations ?? [],
            Tags = tags ?? [],
        }, "Tekst."), $"/site/input/articles/{slug}.md");

    private static SiteModel Build(params (ArticleFile, string)[] articles) => SiteModelBuilder.Build(new SiteConfig(), articles, Copenhagen);

    [Fact]
    public void Each_tag_knows_whether_it_names_a_person_an_organisation_or_a_topic()
    {
        var model = Build(
            Article("amnesti", 0, people: ["Ilham Aliyev", "Hikmet Hajiyev"], organisations: ["Reuters"], tags: ["Amnesti"]),
            Article("valg", 1, people: ["Ilham Aliyev"], tags: ["Valg"]));

        var roles = model.Tags.ToDictionary(t => t.Name, t => t.Role);
        Assert.Equal(TermRole.Person, roles["Ilham Aliyev"]);
        Assert.Equal(TermRole.Person, roles["Hikmet Hajiyev"]);
        Assert.Equal(TermRole.Organisation, roles["Reuters"]);
        Assert.Equal(TermRole.Topic, roles["Amnesti"]);
        Assert.Equal(TermRole.Topic, roles["Valg"]);

        // One taxonomy, one URL space: the old tag URLs still resolve.
        Assert.Equal("tags/ilham-aliyev/", model.Tags.Single(t => t.Name == "Ilham Aliyev").Path);
        Assert.Equal(2, model.Tags.Single(t => t.Name == "Ilham Aliyev").Articles.Count);
        var amnesti = model.Articles.Single(a => a.Slug == "amnesti");
        Assert.Equal(["Ilham Aliyev", "Hikmet Hajiyev", "Reuters", "Amnesti"], amnesti.Tags.Select(t => t.Name));
    }

    [Fact]
    public void A_file_with_everyone_in_tags_still_reads_and_a_newer_file_tells_who_is_who()
    {
        var old = Build(Article("gammel", 0, tags: ["Ilham Aliyev", "Reuters"]));
        Assert.All(old.Tags, t => Assert.Equal(TermRole.Topic, t.Role));

        var mixed = Build(Article("gammel", 0, tags: ["Ilham Aliyev", "Reuters"]), Article("ny", 1, people: ["Ilham Aliyev"], organisations: ["Reuters"]));
        Assert.Equal(TermRole.Person, mixed.Tags.Single(t => t.Name == "Ilham Aliyev").Role);
        Assert.Equal(TermRole.Organisation, mixed.Tags.Single(t => t.Name == "Reuters").Role);
    }

    [Fact]
    public void Where_articles_disagree_most_of_them_decide_and_a_tie_makes_a_person()
    {
        var model = Build(
            Article("a", 0, organisations: ["Mærsk"]), Article("b", 1, organisations: ["Mærsk"]), Article("c", 2, people: ["Mærsk"]),
            Article("d", 3, people: ["Jensen"]), Article("e", 4, organisations: ["Jensen"]));
        Assert.Equal(TermRole.Organisation, model.Tags.Single(t => t.Name == "Mærsk").Role);
        Assert.Equal(TermRole.Person, model.Tags.Single(t => t.Name == "Jensen").Role);
    }

    [Fact]
    public void Votes_add_up_over_every_spelling_and_string_object_of_a_name()
    {
        // Equal texts as separate objects, as YAML gives them; three spellings of one slug.
        static string Own(string text) => new(text.ToCharArray());
        var model = Build(
            Article("a", 0, people: [Own("Mærsk")]), Article("b", 1, people: [Own("Mærsk")]), Article("c", 2, people: ["MÆRSK"]),
            Article("d", 3, organisations: ["Maersk"]), Article("e", 4, organisations: ["Maersk"]), Article("f", 5, organisations: [Own("Maersk")]),
            Article("g", 6, organisations: ["MÆRSK"]),
            Article("h", 7, people: [Own("Jensen")]), Article("i", 8, people: ["JENSEN"]), Article("j", 9, organisations: ["Jensen"]),
            Article("k", 10, organisations: [Own("jensen")]));
        Assert.Equal(TermRole.Organisation, model.Tags.Single(t => t.Slug == "maersk").Role); // four against three
        Assert.Equal(TermRole.Person, model.Tags.Single(t => t.Slug == "jensen").Role); // two against two
    }
}
