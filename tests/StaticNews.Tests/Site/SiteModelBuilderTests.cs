using System.Globalization;
using StaticNews.Configuration;
using StaticNews.Content;
using StaticNews.Site;
using StaticNews.Text;

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
    public void A_spelling_counts_by_its_text_whether_or_not_the_articles_share_one_string_object()
    {
        // The front-matter cache hands one object for a name; YAML gives each article its own.
        var model = SiteModelBuilder.Build(new SiteConfig(),
        [
            Article("a", Day, ["Aarhus"]), Article("b", Day.AddDays(1), [new string("Århus".ToCharArray())]),
            Article("c", Day.AddDays(2), [new string("Århus".ToCharArray())]), Article("d", Day.AddDays(3), ["Aarhus", "ÅRHUS"]),
            Article("e", Day.AddDays(4), ["ÅRHUS", "Aarhus"]),
        ], Copenhagen);

        var term = Assert.Single(model.Locations);
        Assert.Equal("Aarhus", term.Name); // three articles, against two for each other spelling
        Assert.Equal(5, term.Articles.Count);
        Assert.All(model.Articles, a => Assert.Same(term, Assert.Single(a.Locations)));
    }

    [Fact]
    public void Spellings_used_by_as_many_articles_each_give_the_name_that_sorts_first()
    {
        var model = SiteModelBuilder.Build(new SiteConfig(),
            [Article("a", Day, tags: ["aarhus"]), Article("b", Day.AddDays(1), tags: ["Aarhus"]), Article("c", Day.AddDays(2), tags: ["Århus"])], Copenhagen);

        Assert.Equal("Aarhus", Assert.Single(model.Tags).Name);
    }

    [Fact]
    public void Files_handed_over_in_any_order_make_the_same_site()
    {
        (ArticleFile, string)[] files =
        [
            Article("same", Day, ["Aarhus"], ["Politik"]), Article("other", Day, ["Aarhus"]), Article("zz", Day, tags: ["Politik"]),
        ];
        // The same slug claimed by two files on one day: which file gets the suffix follows the file paths.
        files[2] = (files[2].Item1 with { FrontMatter = files[2].Item1.FrontMatter with { Slug = "same" } }, files[2].Item2);

        string Describe(SiteModel model) => string.Join("; ", model.Articles.Select(a =>
            $"{a.SourceFile} {a.Path} [{string.Join(",", a.Tags.Select(t => t.Name))}] [{string.Join(",", a.Locations.Select(t => t.Name))}] ->{string.Join(",", model.Related[a].Select(r => r.Path))}"));
        var inOrder = Describe(SiteModelBuilder.Build(new SiteConfig(), files.OrderBy(f => f.Item2, StringComparer.Ordinal).ToList(), Copenhagen));
        var reversed = Describe(SiteModelBuilder.Build(new SiteConfig(), files.OrderByDescending(f => f.Item2, StringComparer.Ordinal).ToList(), Copenhagen));

        Assert.Equal(inOrder, reversed);
        Assert.Contains("/site/input/articles/same.md 2023/09/22/same/", inOrder);
        Assert.Contains("/site/input/articles/zz.md 2023/09/22/same-2/", inOrder);
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
    public void Every_term_holds_its_articles_newest_first_and_every_article_its_terms_in_the_order_it_names_them()
    {
        // Names spelt several ways (and held as one string object or as several), repeated within
        // an article, and shared by few or many articles: the terms are what grouping the names
        // by slug gives.
        string[] pool = ["Aarhus", "Århus", "ÅRHUS", "aarhus", "Vejle", "Mette Frederiksen", "mette frederiksen", "EU", "Eu", "Politik", "Nikol Pashinyan", "Jerevan", "Armenien"];
        var random = new Random(11);
        for (var round = 0; round < 100; round++)
        {
            string[] Names() => Enumerable.Range(0, random.Next(0, 5))
                .Select(_ => pool[random.Next(pool.Length)]).Select(name => random.Next(2) == 0 ? name : new string(name.ToCharArray())).ToArray();
            var files = Enumerable.Range(0, random.Next(0, 30)).Select(i => (new ArticleFile(new FrontMatter
            {
                Title = $"t{i}",
                Date = Day.AddHours(random.Next(-500, 500)),
                Slug = $"s{i}",
                Locations = Names(),
                People = Names(),
                Organisations = Names(),
                Tags = Names(),
            }, "Tekst."), $"/site/input/articles/s{i:D2}.md")).ToList();

            var model = SiteModelBuilder.Build(new SiteConfig(), files, Copenhagen);

            AssertTermsGroupNames(model.Locations, model.Articles, a => a.Locations, m => m.Locations);
            AssertTermsGroupNames(model.Tags, model.Articles, a => a.Tags, m => [.. m.People, .. m.Organisations, .. m.Tags]);
        }
    }

    /// <summary>The terms of one kind as a plain grouping of the articles' names by slug works them out.</summary>
    private static void AssertTermsGroupNames(IReadOnlyList<Term> terms, IReadOnlyList<Article> articles, Func<Article, List<Term>> own,
        Func<FrontMatter, IEnumerable<string>> names)
    {
        var distinct = articles.ToDictionary(a => a, a => names(a.Meta).Distinct(StringComparer.Ordinal).ToList());
        var slugs = articles.SelectMany(a => distinct[a]).Select(n => Slugifier.Slugify(n)).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(slugs, terms.Select(t => t.Slug));
        foreach (var term in terms)
        {
            var members = articles.Where(a => distinct[a].Any(n => Slugifier.Slugify(n) == term.Slug)).ToList();
            Assert.Equal(members, term.Articles);
            var spellings = members.SelectMany(a => distinct[a]).Where(n => Slugifier.Slugify(n) == term.Slug)
                .GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
            Assert.Equal(spellings.First().Key, term.Name);
        }
        foreach (var article in articles)
        {
            var expected = distinct[article].Select(n => Slugifier.Slugify(n)).Distinct().ToList();
            Assert.Equal(expected, own(article).Select(t => t.Slug));
            Assert.All(own(article), t => Assert.Same(terms.Single(x => x.Slug == t.Slug), t));
        }
    }

    [Fact]
    public void An_article_path_is_its_local_date_as_the_invariant_culture_formats_it_then_its_slug()
    {
        var random = new Random(5);
        for (var i = 0; i < 10_000; i++)
        {
            var local = new DateTime(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks));
            var slug = Slugifier.Slugify(new string('a', random.Next(1, 90)) + random.Next(100));
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{local:yyyy}/{local:MM}/{local:dd}/{slug}/"), SiteModelBuilder.ArticlePath(local, slug));
        }
    }

    [Fact]
    public void The_date_in_an_article_URL_is_Gregorian_whatever_culture_the_tool_runs_in()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // Thai's calendar counts 2023 as 2566: the archive's year pages are Gregorian, so the article URLs must be too.
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            var model = SiteModelBuilder.Build(new SiteConfig(), [Article("ny-bro", Day)], Copenhagen);
            Assert.Equal("2023/09/22/ny-bro/", model.Articles[0].Path);
            Assert.Equal("2023/", model.Years[0].Path);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void The_archive_groups_by_local_year_and_month_newest_first()
    {
        var model = SiteModelBuilder.Build(new SiteConfig(),
            [Article("a", new(2010, 1, 4, 8, 50, 0, TimeSpan.FromHours(1))), Article("b", Day), Article("c", Day.AddMonths(-1))], Copenhagen);
        Assert.Equal([2023, 2010], model.Years.Select(y => y.Year));
        Assert.Equal([9, 8], model.Years[0].Months.Select(m => m.Month));
    }

    [Fact]
    public void A_month_holds_its_articles_however_their_local_dates_interleave_with_other_months()
    {
        // An offset change can put an older article in a later local month than a newer one:
        // every article of a month is in it, in the order given, whatever lies between them.
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var articles = Enumerable.Range(0, random.Next(0, 40)).Select(i =>
            {
                var local = new DateTime(2020 + random.Next(3), 1 + random.Next(12), 1 + random.Next(28), random.Next(24), 0, 0);
                return new Article(new FrontMatter { Title = $"t{i}", Date = new DateTimeOffset(local, TimeSpan.Zero) }, "", $"/a/{i}.md", $"s{i}", $"p{i}/", local);
            }).ToList();

            var expected = articles.GroupBy(a => a.LocalDate.Year).OrderByDescending(g => g.Key)
                .Select(year => (year.Key, year.GroupBy(a => a.LocalDate.Month).OrderByDescending(m => m.Key).Select(m => (m.Key, m.ToList())).ToList()))
                .ToList();
            var years = SiteModelBuilder.BuildArchive(articles);

            Assert.Equal(expected.Count, years.Count);
            for (var y = 0; y < years.Count; y++)
            {
                Assert.Equal(expected[y].Key, years[y].Year);
                Assert.Equal(expected[y].Item2.Select(m => m.Key), years[y].Months.Select(m => m.Month));
                for (var m = 0; m < years[y].Months.Count; m++)
                {
                    Assert.Equal(expected[y].Key, years[y].Months[m].Year);
                    Assert.Equal(expected[y].Item2[m].Item2, years[y].Months[m].Articles);
                }
            }
        }
    }
}
