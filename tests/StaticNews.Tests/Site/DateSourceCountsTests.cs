using StaticNews.Content;
using StaticNews.Site;

namespace StaticNews.Tests.Site;

/// <summary>The build summary counts articles by where their dates came from, best first, so guessed dates stand out; a build that finds nothing changed says the same.</summary>
public class DateSourceCountsTests
{
    [Fact]
    public void Sources_are_counted_in_their_order_with_articles_whose_source_is_not_recorded_last()
    {
        Article Dated(DateSource? source)
            => new(new FrontMatter { Title = "Ny bro", Date = new DateTimeOffset(2023, 9, 22, 10, 41, 0, TimeSpan.Zero), DateSource = source },
                "Brødtekst.", "input/articles/ny-bro.md", "ny-bro", "2023/09/22/ny-bro/", new DateTime(2023, 9, 22, 10, 41, 0));

        var articles = new[] { Dated(DateSource.Git), Dated(null), Dated(DateSource.Text), Dated(DateSource.Git), Dated(DateSource.Metadata) };

        Assert.Equal("1 text, 1 metadata, 2 git, 1 not recorded", DateSourceCounts.Of(articles));
        Assert.Equal("", DateSourceCounts.Of([]));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_build_counts_dates_by_source_and_an_up_to_date_build_repeats_it()
    {
        using var site = new TestSite("tv2-billund.txt", "tv2-borgmestre.txt", "ritzau-amnesti.txt");
        site.AddSeed("ritzau-amnesti-dateline.txt", "2023-09-25_amnesti.txt");
        File.Copy(RepoPaths.Fixture("seeds", "ritzau-amnesti.txt"), Path.Combine(site.Seeds, "20230922-amnesti.txt"));
        File.WriteAllText(Path.Combine(site.Seeds, "metadata.yml"), "tv2-billund.txt:\n  title: Billund mistede passagerer\n");

        var built = site.Build();
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics.All));
        Assert.Equal("3 text, 1 file_name, 1 file_time", DateSourceCounts.Of(built.State.Model!.Articles));

        var again = site.Build();
        Assert.True(again.State.NothingChanged);
        Assert.Equal("3 text, 1 file_name, 1 file_time", again.State.LastBuild!.DateSources);
    }
}
