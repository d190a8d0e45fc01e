using CsCheck;
using StaticNews.Rendering.Pages;

namespace StaticNews.Tests.Rendering.Pages;

/// <summary>
/// How a list falls into pages: a front page of its newest (page_size of them as cards, the rest
/// as links) and numbered pages of archive_page_size links counted from the oldest end.
/// </summary>
public class PaginatorTests
{
    private static readonly Gen<(int Count, int Front, int Archive)> Lists =
        Gen.Select(Gen.Int[0, 2_000], Gen.Int[1, 40], Gen.Int[1, 150]);

    [Fact]
    public void Every_article_is_on_exactly_one_page_and_every_numbered_page_is_full()
        => Lists.Sample(list =>
        {
            var pages = Paginator.Pages(list.Count, list.Front, list.Archive).ToList();

            Assert.True(pages[0].Front);
            Assert.Equal(Enumerable.Range(0, list.Count), pages.SelectMany(p => Enumerable.Range(p.Skip, p.Take)).Order());
            Assert.All(pages.Skip(1), p => Assert.Equal(list.Archive, p.Take));
            // The front page is never short of its cards, and holds fewer than a numbered page's worth besides.
            Assert.Equal(Math.Min(list.Count, list.Front), Math.Min(pages[0].Take, list.Front));
            if (pages.Count > 1) Assert.InRange(pages[0].Take, list.Front, list.Front + list.Archive - 1);
        });

    [Fact]
    public void A_numbered_page_holds_the_same_articles_however_many_come_after_it()
        => Gen.Select(Lists, Gen.Int[0, 500]).Sample((list, newer) =>
        {
            // Counted from the oldest: article k of the list (oldest first) is at Count - 1 - Skip.
            static IEnumerable<(int, int)> Oldest(IEnumerable<Paginator.Page> pages, int count)
                => pages.Where(p => !p.Front).Select(p => (p.Number, count - 1 - p.Skip));
            var before = Oldest(Paginator.Pages(list.Count, list.Front, list.Archive), list.Count).ToDictionary(p => p.Item1, p => p.Item2);
            var after = Oldest(Paginator.Pages(list.Count + newer, list.Front, list.Archive), list.Count + newer).ToDictionary(p => p.Item1, p => p.Item2);

            Assert.All(before, page => Assert.Equal(page.Value, after[page.Key]));
        });

    [Fact]
    public void With_one_size_for_both_the_front_page_holds_one_to_two_pages_worth()
    {
        // 45 articles in pages of 20: page 1 the oldest 20, the front page the newest 25.
        var pages = Paginator.Pages(45, 20, 20).ToList();

        Assert.Equal([new Paginator.Page(0, 1, 0, 25), new Paginator.Page(1, 1, 25, 20)], pages);
    }

    [Fact]
    public void A_page_is_a_reference_so_the_loops_over_pages_run_precompiled_code()
    {
        // The framework's lists, chunks and parallel loops over a struct of ours are not in any
        // precompiled image: they were JIT-compiled at the start of every build.
        Assert.False(typeof(Paginator.Page).IsValueType);
    }
}
