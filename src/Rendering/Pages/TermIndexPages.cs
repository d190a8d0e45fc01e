using StaticNews.Output;
using StaticNews.Rendering.Views;
using StaticNews.Site;
using StaticNews.Text;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// /tags/ and /locations/: every term A–Z with its count, and the most frequent first. An index
/// of more than <see cref="MaxTermsPerPage"/> terms is split: the index keeps the most used
/// and links a page per initial letter (/tags/a-z/s/, and /tags/a-z/s/2/ … when one letter
/// alone has more), so no index page grows without bound as the archive names more people.
/// </summary>
public sealed class TermIndexPages(TermKind kind) : IPageGenerator
{
    /// <summary>Terms one index page lists: about a hundred kilobytes of links.</summary>
    public const int MaxTermsPerPage = 1000;

    /// <summary>Most used terms on the index of a split index (every term counts on its letter's page).</summary>
    public const int MostUsedOnSplitIndex = 100;

    /// <summary>The folder under the index that holds its letter pages; slugs never hold a page of their own in it.</summary>
    public const string LettersFolder = "a-z/";

    public IEnumerable<OutputFile> Generate(RenderContext context)
    {
        var sitePath = kind == TermKind.Tags ? "tags/" : "locations/";
        var title = context.Strings[kind == TermKind.Tags ? "tags" : "locations"];
        var pageKind = kind == TermKind.Tags ? "tags" : "locations";
        var terms = context.Model.Terms(kind);
        // Alphabetical in the site's language: Danish puts Æ, Ø, Å after Z.
        var collation = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(context.Strings.Language), ignoreCase: true);
        var groups = terms.OrderBy(t => t.Name, collation).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .GroupBy(t => LetterSlug(t.Name))
            .Select(g => (Slug: g.Key, Terms: g.ToList())).ToList();
        var model = context.PageModel(context.Page(title, $"{title}: {context.Strings.FormatNumber(terms.Count)}", sitePath, pageKind));
        // Tags by role, each as many most used as the index shows in all otherwise.
        model["roles"] = kind == TermKind.Tags ? TermRoleSections.Of(context, terms, terms.Count <= MaxTermsPerPage ? 20 : MostUsedOnSplitIndex) : new List<TermRoleView>();
        if (terms.Count <= MaxTermsPerPage)
        {
            model["groups"] = groups.Select(g => new TermGroupView(Label(g.Slug), g.Terms.Select(context.Link).ToList())).ToList();
            model["most_frequent"] = MostFrequent(context, kind, 20);
            model["letters"] = new List<LinkView>();
            yield return HtmlPage.Render(context, sitePath, "terms", model);
            yield break;
        }

        var letters = groups.Select(g => new LinkView(Label(g.Slug), context.Urls.Path(LetterPath(sitePath, g.Slug, 1)), g.Terms.Count,
            context.Strings.FormatNumber(g.Terms.Count))).ToList();
        model["groups"] = new List<TermGroupView>();
        model["most_frequent"] = MostFrequent(context, kind, MostUsedOnSplitIndex);
        model["letters"] = letters;
        yield return HtmlPage.Render(context, sitePath, "terms", model);

        foreach (var (slug, letterTerms) in groups)
        {
            var chunks = letterTerms.Chunk(MaxTermsPerPage).ToList();
            for (var i = 0; i < chunks.Count; i++)
            {
                var letterTitle = chunks.Count == 1 ? $"{title}: {Label(slug)}" : $"{title}: {Label(slug)} ({i + 1}/{chunks.Count})";
                var path = LetterPath(sitePath, slug, i + 1);
                var letterModel = context.PageModel(context.Page(letterTitle, $"{letterTitle}: {context.Strings.FormatNumber(chunks[i].Length)}", path, pageKind));
                letterModel["groups"] = new List<TermGroupView> { new(Label(slug), chunks[i].Select(context.Link).ToList()) };
                letterModel["most_frequent"] = new List<LinkView>();
                letterModel["roles"] = new List<TermRoleView>();
                letterModel["letters"] = letters;
                letterModel["parts"] = chunks.Count == 1 ? new List<LinkView>()
                    : Enumerable.Range(1, chunks.Count).Select(n => new LinkView(n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        context.Urls.Path(LetterPath(sitePath, slug, n)), n == i + 1 ? 1 : 0, "")).ToList();
                yield return HtmlPage.Render(context, path, "terms", letterModel);
            }
        }
    }

    /// <summary>The site path of part <paramref name="part"/> (from 1) of a letter's page.</summary>
    public static string LetterPath(string indexPath, string letterSlug, int part)
        => part == 1 ? $"{indexPath}{LettersFolder}{letterSlug}/" : $"{indexPath}{LettersFolder}{letterSlug}/{part}/";

    /// <summary>
    /// The letter a name is filed under, as a URL segment: its first letter or digit folded as
    /// slugs are (Æ → ae, Ş → s), so a letter's page holds every name a reader would look for there.
    /// </summary>
    public static string LetterSlug(string name)
    {
        var first = name.FirstOrDefault(char.IsLetterOrDigit);
        if (first == default) return OtherSlug;
        if (char.IsDigit(first)) return DigitsSlug;
        var slug = Slugifier.Slugify(first.ToString());
        return slug == Slugifier.Fallback && char.ToLowerInvariant(first) != 'x' ? OtherSlug : slug;
    }

    private const string OtherSlug = "other";
    private const string DigitsSlug = "0-9";

    private static string Label(string slug) => slug switch
    {
        OtherSlug => "#",
        DigitsSlug => "0–9",
        "ae" => "Æ",
        "oe" => "Ø",
        "aa" => "Å",
        _ => slug.ToUpperInvariant(),
    };

    public static IReadOnlyList<LinkView> MostFrequent(RenderContext context, TermKind kind, int count)
        => context.Model.Terms(kind).OrderByDescending(t => t.Articles.Count).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .Take(count).Select(context.Link).ToList();
}
