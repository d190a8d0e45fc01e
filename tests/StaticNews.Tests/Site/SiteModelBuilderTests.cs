using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Site;

namespace StaticNews.Tests.Site;

public class SiteModelBuilderTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private static (ArticleFile, string) Article(string slug, DateTimeOffset date, string[]? locations = null, string[]? tags = null)
        => (new ArticleFile(new FrontMatter
        {
            Title = slug,
            Date = date,
            Slug = slug,
            Locations = locations ?? [],
            Tags = tags ?? [],
        }, "Tekst."), $"/site/input/articles/{slug}.md");

    private static readonly DateTimeOffset Day = new(2023, 9, 22, 10, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public void Names_that_differ_only_by_case_or_Danish_spelling_make_one_term()
    {
        var model = SiteModelBuilder.Build(new SiteConfig(),
        [
            Article("a", Day, ["Århus"]), Article("b", Day.AddDays(1), ["Aarhus"]), Article("c", Day.AddDays(2), ["ÅRHUS"]),
            Article("d", Day.AddDays(3), ["Århus"]),
        ], Copenhagen);
        var term = Assert.Single(model.Locations);
        Assert.Equal("aarhus", term.Slug);
        Assert.Equal("Århus", term.Name);
        Assert.Equal(4, term.Articles.Count);
    }

    [Fact]
    public void Articles_are_newest_first_and_the_URL_uses_the_local_date()
    {
        // 23:30 UTC on 21 September is 01:30 on the 22nd in Copenhagen.
        var late = new DateTimeOffset(2023, 9, 21, 23, 30, 0, TimeSpan.Zero);
        var model = SiteModelBuilder.Build(new SiteConfig(), [Article("old", late), Article("new", late.AddDays(2))], Copenhagen);
        Assert.Equal(["new", "old"], model.Articles.Select(a => a.Slug));
        Assert.Equal("2023/09/22/old/", model.Articles[1].Path);
    }

    [Fact]
    public void Two_articles_with_the_same_slug_on_the_same_day_get_distinct_paths()
    {
        var model = SiteModelBuilder.Build(new SiteConfig(), [Article("same", Day), Article("same", Day.AddHours(1))], Copenhagen);
        Assert.Equal(2, model.Articles.Select(a => a.Path).Distinct().Count());
    }

    [Fact]
    public void A_hostile_slug_cannot_leave_its_folder()
    {
        var model = SiteModelBuilder.Build(new SiteConfig(), [Article("../../etc/passwd", Day)], Copenhagen);
        Assert.Equal("2023/09/22/etc-passwd/", model.Articles[0].Path);
    }

    [Fact]
    public void Neighbours_in_time_and_related_articles_by_shared_terms()
    {
        var model = SiteModelBuilder.Build(new SiteConfig(),
        [
            Article("armenia-1", Day, ["Armenien"], ["Nikol Pashinyan"]),
            Article("armenia-2", Day.AddDays(1), ["Armenien", "Jerevan"], ["Nikol Pashinyan"]),
            Article("danish", Day.AddDays(2), ["Vejle"]),
            Article("armenia-3", Day.AddDays(3), ["Jerevan"]),
        ], Copenhagen);
        var byslug = model.Articles.ToDictionary(a => a.Slug);

        Assert.Equal("danish", model.Older(byslug["armenia-3"])!.Slug);
        Assert.Null(model.Newer(byslug["armenia-3"]));
        Assert.Null(model.Older(byslug["armenia-1"]));

        Assert.Equal(["armenia-1", "armenia-3"], model.Related[byslug["armenia-2"]].Select(a => a.Slug).Order());
        Assert.Equal("armenia-2", model.Related[byslug["armenia-1"]][0].Slug);
        Assert.Empty(model.Related[byslug["danish"]]);
    }

    [Fact]
    public void The_archive_groups_by_local_year_and_month_newest_first()
    {
        var model = SiteModelBuilder.Build(new SiteConfig(),
            [Article("a", new(2010, 1, 4, 8, 50, 0, TimeSpan.FromHours(1))), Article("b", Day), Article("c", Day.AddMonths(-1))], Copenhagen);
        Assert.Equal([2023, 2010], model.Years.Select(y => y.Year));
        Assert.Equal([9, 8], model.Years[0].Months.Select(m => m.Month));
    }
}
