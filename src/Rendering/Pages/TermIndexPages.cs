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
        var culture = System.Globalization.CultureInfo.GetCultureInfo(context.Strings.Language);
        var collation = new AlphabeticalOrder(culture);
        Comparison<Term> alphabetical = (a, b) => collation.Compare(a.Name, b.Name) is var byName and not 0 ? byName : string.CompareOrdinal(a.Slug, b.Slug);
        var groups = Letters(terms, alphabetical);
        var model = context.PageModel(context.Page(title, $"{title}: {context.Strings.FormatNumber(terms.Count)}", sitePath, pageKind));
        // Tags by role, each as many most used as the index shows in all otherwise.
        model["roles"] = kind == TermKind.Tags ? TermRoleSections.Of(context, terms, terms.Count <= MaxTermsPerPage ? 20 : MostUsedOnSplitIndex) : new List<TermRoleView>();
        if (terms.Count <= MaxTermsPerPage)
        {
            model["groups"] = groups.Select(g => new TermGroupView(Label(g.Slug), g.Sorted().Select(context.Link).ToList())).ToList();
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

        // Every letter's page shows every letter with its count: keyed once. A letter's terms are
        // keyed in the model's order but shown in the collation's, which the system's Unicode
        // data decides: its version is in the key, so a machine that sorts otherwise renders again.
        var sortVersion = culture.CompareInfo.Version;
        var lettersKey = context.Key("term letters").Add(sortVersion.FullVersion).Add(sortVersion.SortId.ToString());
        foreach (var letter in letters) lettersKey.Add(letter.Name).Add(letter.Url).Add(letter.Count);
        var lettersDigest = lettersKey.Finish();
        foreach (var group in groups)
        {
            var parts = (group.Terms.Count + MaxTermsPerPage - 1) / MaxTermsPerPage;
            for (var part = 1; part <= parts; part++)
            {
                // A letter's page shows its terms in alphabetical order, which follows from the terms:
                // keyed from them as the model lists them, it is sorted only to be rendered. A letter
                // split into parts is sorted first, to know which terms each part holds.
                var shown = parts == 1 ? group.Terms : group.Sorted().GetRange((part - 1) * MaxTermsPerPage, Math.Min(MaxTermsPerPage, group.Terms.Count - (part - 1) * MaxTermsPerPage));
                var path = LetterPath(sitePath, group.Slug, part);
                var key = context.Key("term letter " + pageKind).Add(path).Add(parts).Add(lettersDigest).Add(shown.Count);
                foreach (var term in shown) key.Add(term.Name).Add(term.Path).Add(term.Articles.Count);
                var finished = key.Finish();
                yield return HtmlPage.Kept(context, path + "index.html", finished)
                    ?? HtmlPage.Rendered(context, path + "index.html", "terms", LetterModel(context, title, pageKind, sitePath, group, part, parts, letters), finished);
            }
        }
    }

    private static Dictionary<string, object?> LetterModel(RenderContext context, string title, string pageKind, string sitePath, LetterGroup group, int part, int parts,
        IReadOnlyList<LinkView> letters)
    {
        var shown = group.Sorted().GetRange((part - 1) * MaxTermsPerPage, Math.Min(MaxTermsPerPage, group.Terms.Count - (part - 1) * MaxTermsPerPage));
        var letterTitle = parts == 1 ? $"{title}: {Label(group.Slug)}" : $"{title}: {Label(group.Slug)} ({part}/{parts})";
        var path = LetterPath(sitePath, group.Slug, part);
        var model = context.PageModel(context.Page(letterTitle, $"{letterTitle}: {context.Strings.FormatNumber(shown.Count)}", path, pageKind));
        model["groups"] = new List<TermGroupView> { new(Label(group.Slug), shown.Select(context.Link).ToList()) };
        model["most_frequent"] = new List<LinkView>();
        model["roles"] = new List<TermRoleView>();
        model["letters"] = letters;
        model["parts"] = parts == 1 ? new List<LinkView>()
            : Enumerable.Range(1, parts).Select(n => new LinkView(n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                context.Urls.Path(LetterPath(sitePath, group.Slug, n)), n == part ? 1 : 0, "")).ToList();
        return model;
    }

    /// <summary>
    /// The terms filed under each letter, the letters in the order their first terms take
    /// alphabetically (as grouping the sorted list would give them), each letter's terms as the
    /// model lists them until <see cref="LetterGroup.Sorted"/>: a rebuild sorts only the letters
    /// whose terms changed, not every term of the site.
    /// </summary>
    private static List<LetterGroup> Letters(IReadOnlyList<Term> terms, Comparison<Term> alphabetical)
    {
        var bySlug = new Dictionary<string, LetterGroup>(StringComparer.Ordinal);
        var groups = new List<LetterGroup>();
        foreach (var term in terms)
        {
            var slug = LetterSlug(term.Name);
            if (!bySlug.TryGetValue(slug, out var group))
            {
                bySlug[slug] = group = new LetterGroup(slug, alphabetical, term);
                groups.Add(group);
            }
            else if (alphabetical(term, group.First) < 0) group.First = term;
            group.Terms.Add(term);
        }
        groups.Sort((a, b) => alphabetical(a.First, b.First));
        return groups;
    }

    /// <summary>The terms of one letter, and the first of them alphabetically.</summary>
    private sealed class LetterGroup(string slug, Comparison<Term> alphabetical, Term first)
    {
        private bool _sorted;

        public string Slug { get; } = slug;
        public List<Term> Terms { get; } = [];
        public Term First { get; set; } = first;

        /// <summary>The terms alphabetically (sorted in place the first time).</summary>
        public List<Term> Sorted()
        {
            if (!_sorted) Terms.Sort(alphabetical);
            _sorted = true;
            return Terms;
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
        => MostUsedTerms.Of(context.Model.Terms(kind), count).Select(context.Link).ToList();
}
