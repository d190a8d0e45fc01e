using StaticNews.Content;
using StaticNews.Enrichment;
using StaticNews.Text;

namespace StaticNews.Tests.Enrichment;

/// <summary>
/// An article is dated by its best evidence: a date line in the text (a wire dateline's year
/// from the other evidence), then the file name, then the metadata file, then a guess from git
/// or the file time, which is warned about.
/// </summary>
public class DateEnricherTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
    private static readonly DateEnricher Enricher = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero), Copenhagen);

    private static readonly DateTimeOffset InText = new(2010, 1, 4, 8, 50, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset InName = new(2023, 9, 22, 0, 0, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset InMetadata = new(2023, 9, 21, 0, 0, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset Committed = new(2026, 11, 25, 23, 18, 38, TimeSpan.FromHours(1));

    private static ArticleDraft Draft(string lead = "Aserbajdsjan åbner for amnesti til armenske soldater.")
    {
        var draft = new ArticleDraft { Blocks = [new TextBlock(TextBlockKind.Paragraph, lead, 1)] };
        return WireDateline.TryRead(lead, out var dateline) ? draft with { Dateline = dateline } : draft;
    }

    [Fact]
    public void Each_source_is_used_only_when_every_better_one_is_missing()
    {
        var all = Draft() with { DateInText = InText, DateInFileName = InName, DateInMetadata = InMetadata, FallbackDate = Committed, FallbackSource = DateSource.Git };
        Assert.Equal((InText, DateSource.Text), Dated(all));
        Assert.Equal((InName, DateSource.FileName), Dated(all with { DateInText = null }));
        Assert.Equal((InMetadata, DateSource.Metadata), Dated(all with { DateInText = null, DateInFileName = null }));
        Assert.Equal((Committed, DateSource.Git), Dated(all with { DateInText = null, DateInFileName = null, DateInMetadata = null }));
        Assert.Empty(Enricher.Enrich(all with { DateInText = null }).Warnings);
    }

    [Fact]
    public void A_guessed_date_is_warned_about_and_says_how_to_give_the_real_one()
    {
        var draft = Enricher.Enrich(Draft() with { FallbackDate = Committed, FallbackSource = DateSource.Git });
        var warning = Assert.Single(draft.Warnings);
        Assert.Contains("2026-11-25 is guessed from the git commit that added the seed", warning);
        Assert.Contains("metadata file", warning);

        var byFileTime = Enricher.Enrich(Draft() with { FallbackDate = Committed, FallbackSource = DateSource.FileTime });
        Assert.Equal(DateSource.FileTime, byFileTime.DateSource);
        Assert.Contains("the seed's file time", Assert.Single(byFileTime.Warnings));
    }

    [Fact]
    public void A_dateline_without_a_year_takes_it_from_the_file_name_and_beats_it_on_the_day()
    {
        var draft = Draft("KØBENHAVN, 21. september (Ritzau) – Aserbajdsjan åbner for amnesti.") with { DateInFileName = InName };
        var dated = Enricher.Enrich(draft);
        Assert.Equal((new DateTimeOffset(2023, 9, 21, 0, 0, 0, TimeSpan.FromHours(2)), DateSource.Text), (dated.Date!.Value, dated.DateSource!.Value));
        Assert.Empty(dated.Warnings);
    }

    [Fact]
    public void A_dateline_whose_year_comes_from_a_guess_says_so()
    {
        var draft = Draft("KØBENHAVN, 22. september (Ritzau) – Aserbajdsjan åbner for amnesti.")
            with { FallbackDate = new DateTimeOffset(2024, 1, 2, 9, 0, 0, TimeSpan.FromHours(1)), FallbackSource = DateSource.Git };
        var dated = Enricher.Enrich(draft);
        Assert.Equal(new DateTimeOffset(2023, 9, 22, 0, 0, 0, TimeSpan.FromHours(2)), dated.Date);
        Assert.Equal(DateSource.Text, dated.DateSource);
        Assert.Equal("the dateline gives no year: 2023 is taken from the git commit that added the seed", Assert.Single(dated.Warnings));
    }

    private static (DateTimeOffset, DateSource) Dated(ArticleDraft draft)
    {
        var dated = Enricher.Enrich(draft);
        return (dated.Date!.Value, dated.DateSource!.Value);
    }
}
