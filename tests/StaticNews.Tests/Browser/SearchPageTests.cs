using Microsoft.Playwright;

namespace StaticNews.Tests.Browser;

/// <summary>
/// The search page in headless Chromium, on the sample site under /archive/: what a reader types,
/// what they see, what the page fetches, and that hostile article text stays text.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SearchPageTests(BrowserFixture browser, SearchSiteFixture site)
    : IClassFixture<BrowserFixture>, IClassFixture<SearchSiteFixture>
{
    private const string Seed = "Aserbajdsjan åbner for amnesti til armenske soldater";
    private static readonly string SearchUrl = StaticSiteRoute.Origin + SearchSiteFixture.BasePath + "search/";

    private sealed record Session(IPage Page, List<string> Requests, List<string> Failures, List<string> Dialogs);

    private async Task<Session> OpenAsync(string url, bool javaScript = true)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1000, Height = 900 }, JavaScriptEnabled = javaScript,
        });
        await StaticSiteRoute.ServeAsync(context, site.Output, SearchSiteFixture.BasePath);
        var page = await context.NewPageAsync();
        var session = new Session(page, [], [], []);
        page.Request += (_, request) => session.Requests.Add(request.Url);
        page.RequestFailed += (_, request) => session.Failures.Add(request.Url);
        page.Response += (_, response) => { if (response.Status >= 400) session.Failures.Add(response.Url); };
        page.Console += (_, message) => { if (message.Type == "error") session.Failures.Add("console: " + message.Text); };
        page.PageError += (_, error) => session.Failures.Add("page error: " + error);
        page.Dialog += async (_, dialog) => { session.Dialogs.Add(dialog.Message); await dialog.DismissAsync(); };
        await page.GotoAsync(url);
        return session;
    }

    private static async Task<IReadOnlyList<string>> TitlesAsync(IPage page)
    {
        await page.Locator("#search-status").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(".") }).WaitForAsync();
        return (await page.Locator(".search-result h2").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
    }

    private static async Task<IReadOnlyList<string>> SearchAsync(Session session, string query)
    {
        var titles = await TitlesAsync(session.Page);
        Assert.Empty(session.Failures);
        return titles;
    }

    [Fact]
    public async Task Amnesti_finds_the_seed_article_with_a_highlighted_excerpt()
    {
        var session = await OpenAsync(SearchUrl + "?q=amnesti");
        var titles = await SearchAsync(session, "amnesti");
        Assert.Equal(Seed, titles[0]);
        Assert.Equal(2, titles.Count);
        var marks = await session.Page.Locator(".search-result").First.Locator(".search-excerpt mark").AllTextContentsAsync();
        Assert.Contains(marks, m => m.Equals("amnesti", StringComparison.OrdinalIgnoreCase));
        var link = await session.Page.Locator(".search-result h2 a").First.GetAttributeAsync("href");
        // The seed is dated 22 September 2023 by input/seeds/metadata.yml.
        Assert.StartsWith(SearchSiteFixture.BasePath + "2023/09/22/", link);
        Assert.Equal("2 artikler fundet", (await session.Page.Locator("#search-status").TextContentAsync())!.Trim());
        Assert.Equal("amnesti", await session.Page.InputValueAsync("#search-q"));
    }

    [Theory]
    [InlineData("armenske")]
    [InlineData("soldaterne")]   // only "soldater" is in the text: found through the stem
    [InlineData("Nagorno")]      // a part of "Nagorno-Karabakh"
    [InlineData("Karabakh")]
    [InlineData("Nagorno-Karabakh")]
    [InlineData("\"armenske soldater\"")]
    public async Task Danish_words_find_the_seed_article(string query)
    {
        var session = await OpenAsync(SearchUrl + "?q=" + Uri.EscapeDataString(query));
        var titles = await SearchAsync(session, query);
        Assert.Equal([Seed], titles);
    }

    [Fact]
    public async Task A_phrase_in_the_wrong_order_finds_nothing()
    {
        var session = await OpenAsync(SearchUrl + "?q=" + Uri.EscapeDataString("\"soldater armenske\""));
        Assert.Empty(await SearchAsync(session, "phrase"));
        Assert.Equal("Ingen artikler fundet.", (await session.Page.Locator("#search-status").TextContentAsync())!.Trim());
    }

    [Fact]
    public async Task A_location_filter_from_the_url_narrows_the_results()
    {
        var session = await OpenAsync(SearchUrl + "?q=amnesti&location=aserbajdsjan");
        Assert.Equal([Seed], await SearchAsync(session, "amnesti"));
        var chip = session.Page.Locator(".search-filter");
        Assert.Contains("Aserbajdsjan", await chip.TextContentAsync());

        // Removing the filter brings back both articles about amnesty.
        await chip.ClickAsync();
        await PageArrival.AtAsync(session.Page, "/search/?q=amnesti");
        await session.Page.Locator(".search-result").Nth(1).WaitForAsync();
        Assert.Equal(2, await session.Page.Locator(".search-result").CountAsync());
    }

    [Fact]
    public async Task A_filter_alone_lists_its_articles_newest_first()
    {
        var session = await OpenAsync(SearchUrl + "?location=danmark");
        var titles = await SearchAsync(session, "");
        Assert.Contains(SearchSiteFixture.HostileTitle, titles);
        Assert.DoesNotContain(Seed, titles);
    }

    [Fact]
    public async Task Search_within_on_a_location_page_opens_a_search_narrowed_to_that_place()
    {
        var session = await OpenAsync(StaticSiteRoute.Origin + SearchSiteFixture.BasePath + "locations/aserbajdsjan/");
        var within = session.Page.Locator(".search-within a");
        Assert.Equal("Søg i artiklerne om Aserbajdsjan", (await within.TextContentAsync())!.Trim());
        await within.ClickAsync();
        await PageArrival.AtAsync(session.Page, "/archive/search/?location=aserbajdsjan");

        // With no word yet: the place's articles, newest first, the place as a removable filter.
        var titles = await SearchAsync(session, "");
        Assert.Contains(Seed, titles);
        Assert.StartsWith("Sted: Aserbajdsjan", (await session.Page.Locator(".search-filter").TextContentAsync())!.Trim());
        Assert.Matches(@"^\d+ artikler?, nyeste først|^1 artikel\.", (await session.Page.Locator("#search-status").TextContentAsync())!.Trim());

        // A word typed then searches within the place only.
        await session.Page.FillAsync("#search-q", "amnesti ");
        await session.Page.Locator("#search-status").Filter(new() { HasText = "fundet" }).WaitForAsync();
        Assert.Equal([Seed], (await session.Page.Locator(".search-result h2").AllTextContentsAsync()).Select(t => t.Trim()).ToList());
        Assert.Contains("location=aserbajdsjan", session.Page.Url);
        Assert.Empty(session.Failures);
    }

    [Fact]
    public async Task Hostile_article_text_shows_literally_and_runs_nothing()
    {
        var session = await OpenAsync(SearchUrl + "?q=onerror");
        var titles = await SearchAsync(session, "onerror");
        Assert.Equal([SearchSiteFixture.HostileTitle], titles);
        Assert.Equal(0, await session.Page.Locator("#search-results img, #search-results script").CountAsync());

        await session.Page.GotoAsync(SearchUrl + "?q=script");
        var excerpt = await session.Page.Locator(".search-excerpt").First.TextContentAsync();
        Assert.Contains("<script>alert(2)</script>", excerpt);
        await session.Page.WaitForTimeoutAsync(200);
        Assert.Empty(session.Dialogs);
    }

    [Fact]
    public async Task Under_a_base_path_the_page_loads_only_its_manifest_one_shard_and_the_hits_fragments()
    {
        var session = await OpenAsync(SearchUrl + "?q=amnesti");
        await SearchAsync(session, "amnesti");
        var search = session.Requests.Where(r => r.Contains("/search/", StringComparison.Ordinal) && (r.EndsWith(".json", StringComparison.Ordinal) || r.EndsWith(".json.gz", StringComparison.Ordinal))).ToList();
        Assert.All(search, r => Assert.StartsWith(StaticSiteRoute.Origin + SearchSiteFixture.BasePath + "search/", r));
        Assert.Single(search, r => r.Contains("/search/manifest.", StringComparison.Ordinal));
        Assert.Single(search, r => r.Contains("/search/t/", StringComparison.Ordinal));
        Assert.Equal(2, search.Count(r => r.Contains("/search/f/", StringComparison.Ordinal)));
        // The page's module imports the others by relative URL: no bundler, all under the base path.
        foreach (var module in new[] { "search.js", "search-client.js", "search-analysis.js" })
            Assert.Contains(session.Requests, r => r.StartsWith(StaticSiteRoute.Origin + SearchSiteFixture.BasePath + "assets/" + module, StringComparison.Ordinal));
        Assert.All(session.Requests, r => Assert.StartsWith(StaticSiteRoute.Origin + SearchSiteFixture.BasePath, r));
    }

    [Fact]
    public async Task Typing_shows_results_for_the_word_begun_and_arrow_keys_reach_them()
    {
        var session = await OpenAsync(SearchUrl);
        var input = session.Page.Locator("#search-q");
        await input.PressSequentiallyAsync("amnes");
        await session.Page.Locator(".search-result").Nth(1).WaitForAsync();
        Assert.Equal(Seed, (await session.Page.Locator(".search-result h2").First.TextContentAsync())!.Trim());
        Assert.EndsWith("?q=amnes", session.Page.Url);

        await input.PressAsync("ArrowDown");
        Assert.Equal(Seed, await session.Page.EvaluateAsync<string>("document.activeElement.textContent"));
        await session.Page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-q", await session.Page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Empty(session.Failures);
    }

    [Fact]
    public async Task A_misspelt_word_suggests_the_nearest_indexed_term()
    {
        var session = await OpenAsync(SearchUrl + "?q=amnesty+");
        Assert.Empty(await SearchAsync(session, "amnesty"));
        var suggestion = session.Page.Locator(".search-suggestion");
        Assert.Equal("amnesti", await suggestion.TextContentAsync());
        await suggestion.ClickAsync();
        await session.Page.Locator(".search-result").First.WaitForAsync();
        Assert.Equal(Seed, (await session.Page.Locator(".search-result h2").First.TextContentAsync())!.Trim());
    }

    [Fact]
    public async Task The_search_box_in_every_masthead_leads_to_results()
    {
        var session = await OpenAsync(StaticSiteRoute.Origin + SearchSiteFixture.BasePath + "locations/");
        await session.Page.FillAsync("#masthead-q", "armenske");
        await session.Page.PressAsync("#masthead-q", "Enter");
        await PageArrival.AtAsync(session.Page, "/archive/search/?q=armenske");
        Assert.Equal([Seed], await SearchAsync(session, "armenske"));
    }

    [Fact]
    public async Task Without_javascript_the_page_still_offers_a_way_on()
    {
        var session = await OpenAsync(SearchUrl + "?q=amnesti", javaScript: false);
        var links = await session.Page.Locator(".search-noscript a").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.Contains(SearchSiteFixture.BasePath + "locations/", links);
        Assert.Equal(SearchSiteFixture.BasePath + "search/", await session.Page.Locator("form.search-form").GetAttributeAsync("action"));
    }

    [Fact]
    public async Task The_results_read_well_on_a_phone()
    {
        var session = await OpenAsync(SearchUrl + "?q=amnesti");
        await session.Page.SetViewportSizeAsync(390, 844);
        await SearchAsync(session, "amnesti");
        Assert.False(await session.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the search page scrolls sideways on a phone");
        await session.Page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Root, "docs", "screenshots", "search-phone.png") });
    }
}
