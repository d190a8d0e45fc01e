using StaticNews.Diagnostics;

namespace StaticNews.Tests.Pipeline.Stages;

/// <summary>
/// An article dated more than a day after the build's clock is published as dated, but with a
/// warning naming the file: a mistyped year must not sit silently atop every list. A date later
/// the same day (an embargo lifting tonight) is not one.
/// </summary>
public sealed class LoadStageTests
{
    [Fact]
    public void An_article_dated_more_than_a_day_ahead_is_published_with_a_warning_naming_its_file()
    {
        using var site = new TestSite();
        File.Copy(RepoPaths.Fixture("dates", "dated-2999.md"), Path.Combine(site.Articles, "dated-2999.md"));
        File.Copy(RepoPaths.Fixture("dates", "dated-tomorrow-morning.md"), Path.Combine(site.Articles, "dated-tomorrow-morning.md"));

        var result = site.Build();

        Assert.True(result.Succeeded, result.FatalError);
        var warning = Assert.Single(result.Diagnostics.All, d => d.Severity == Severity.Warning);
        Assert.EndsWith("articles/dated-2999.md", warning.File);
        Assert.Equal("is dated 2999-03-01T10:00:00+01:00, more than a day in the future: is the year right? (it is published with that date)", warning.Message);
        Assert.Equal(2, result.State.Model!.Articles.Count);
    }
}
