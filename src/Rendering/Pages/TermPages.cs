using StaticNews.Output;
using StaticNews.Rendering.Views;
using StaticNews.Site;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// A paginated page and an Atom feed per tag and per location. Counts, co-occurring places and
/// years are on the term's front page only: a numbered page (see <see cref="Paginator"/>)
/// shows what it always showed.
/// </summary>
public sealed class TermPages(TermKind kind) : IPageGenerator
{
    // Pages, not terms, are what is rendered in parallel: a term such as "Danmark" has thousands
    // of pages, and a chunk of terms rendered whole held all their pages in memory at once.
    public IEnumerable<OutputFile> Generate(RenderContext context)
        => ParallelChunks.Select(Work(context), item => item.Page is { } page ? Page(context, item.Term, page) : Feed(context, item.Term));

    /// <summary>Each term's pages, front first, then its feed (no page), made as they are needed.</summary>
    private IEnumerable<WorkItem> Work(RenderContext context)
    {
        foreach (var term in context.Model.Terms(kind))
        {
            foreach (var page in Paginator.Pages(term.Articles.Count, context.Model.Config.PageSize, context.Model.Config.ArchivePageSize))
                yield return new WorkItem(term, page);
            yield return new WorkItem(term, null);
        }
    }

    // A class, as Paginator.Page is: the chunks and parallel loop over the items run the shared
    // precompiled code for references, not code JIT-compiled for a tuple of ours at every start.
    private sealed record WorkItem(Term Term, Paginator.Page? Page);

    private OutputFile Page(RenderContext context, Term term, Paginator.Page page)
    {
        // Everything a term's pages show follows from the term and its articles' digests: the
        // front page's count, co-occurring places and years too. So a page is keyed first, and
        // its view is built only when output/ does not already hold it.
        var key = context.Key("term " + kind).Add(term.Slug).Add(term.Name).Add((int)term.Role).Add(page.Number);
        // The front page links the newest numbered page; a numbered page links the front page
        // when it is the newest, else the next number: nothing else of the list's length.
        key = page.Front ? key.Add(page.Numbered).Add(term.Articles) : key.Add(page.Number == page.Numbered).Add(term.Articles, page.Skip, page.Take);
        var path = (page.Front ? term.Path : Paginator.PathOf(term.Path, page.Number)) + "index.html";
        var finished = key.Finish();
        return HtmlPage.Kept(context, path, finished) ?? HtmlPage.Rendered(context, path, "term", Model(context, term, page), finished);
    }

    private Dictionary<string, object?> Model(RenderContext context, Term term, Paginator.Page page)
    {
        var slice = Paginator.Slice(term.Articles, page, term.Path, context);
        var kindName = context.Strings[kind == TermKind.Tags ? TermRoleSections.SingularKey(term.Role) : "location"];
        var (related, years) = page.Front && kind == TermKind.Locations ? (CoOccurring(context, term), Years(context, term)) : ([], []);
        var title = page.Front ? term.Name : $"{term.Name} – {slice.Pager.Label}";
        var description = page.Front ? $"{kindName}: {term.Name}. {context.CountText(term.Articles.Count)}." : $"{kindName}: {term.Name}, {slice.Pager.Label}.";
        var model = context.PageModel(context.Page(title, description, slice.SitePath, kind == TermKind.Tags ? "tag" : "location", FeedPath(term), FeedTitle(context, term)));
        model["term"] = page.Front ? context.Link(term) : context.Link(term) with { Count = 0, CountText = "" };
        model["kind_name"] = kindName;
        model["index_url"] = context.Urls.Path(kind == TermKind.Tags ? "tags/" : "locations/");
        model["articles"] = context.Cards(slice.Listed);
        model["more_articles"] = context.Cards(slice.More);
        model["pager"] = slice.Pager;
        model["related_terms"] = related;
        model["years"] = years;
        model["search_within"] = SearchPages.Within(context, kind == TermKind.Tags ? "tag" : "location", term.Slug, term.Name);
        return model;
    }

    private static OutputFile Feed(RenderContext context, Term term)
        => AtomFeed.Write(context, FeedPath(term), FeedTitle(context, term), term.Path, term.Articles, termFeed: true);

    private static string FeedPath(Term term) => term.Path + "feed.xml";

    private static string FeedTitle(RenderContext context, Term term) => $"{context.Model.Config.Title}: {term.Name}";

    /// <summary>The places named most often in the same articles as this one (a reader of "Armenien" wants "Aserbajdsjan").</summary>
    /// <remarks>
    /// Most often first, then by name, then in the order first named. Counted in a dictionary and
    /// ranked by <see cref="MostUsedTerms"/>, not by LINQ's GroupBy and OrderBy: their code over an int key is in no
    /// ReadyToRun image, and every build renders some term's page.
    /// </remarks>
    private static IReadOnlyList<LinkView> CoOccurring(RenderContext context, Term term)
    {
        var counts = new Dictionary<Term, int>();
        var named = new List<Term>();
        foreach (var article in term.Articles)
        {
            foreach (var other in article.Locations)
            {
                if (other == term) continue;
                if (counts.TryGetValue(other, out var count)) counts[other] = count + 1;
                else
                {
                    counts[other] = 1;
                    named.Add(other);
                }
            }
        }
        var top = MostUsedTerms.Top(named, other => counts[other], other => other.Name, RelatedTermCount);
        var links = new List<LinkView>(top.Count);
        foreach (var other in top)
            links.Add(context.Link(other) with { Count = counts[other], CountText = context.CountText(counts[other]) });
        return links;
    }

    /// <summary>The years this term's articles fall in, newest first, each linking to that year's archive.</summary>
    private static IReadOnlyList<LinkView> Years(RenderContext context, Term term)
    {
        // A dictionary and a sort, not GroupBy and OrderByDescending over the int year (see CoOccurring).
        var counts = new Dictionary<int, int>();
        foreach (var article in term.Articles) counts[article.LocalDate.Year] = counts.GetValueOrDefault(article.LocalDate.Year) + 1;
        var years = new int[counts.Count];
        counts.Keys.CopyTo(years, 0);
        Array.Sort(years);
        Array.Reverse(years);
        var links = new List<LinkView>(years.Length);
        foreach (var year in years)
            links.Add(new LinkView(year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
                context.Urls.Path($"{year:D4}/"), counts[year], context.CountText(counts[year])));
        return links;
    }

    private const int RelatedTermCount = 12;
}
