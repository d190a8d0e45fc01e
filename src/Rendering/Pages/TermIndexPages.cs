using StaticNews.Output;
using StaticNews.Rendering.Views;
using StaticNews.Site;

namespace StaticNews.Rendering.Pages;

/// <summary>/tags/ and /locations/: every term A–Z with its count, and the most frequent first.</summary>
public sealed class TermIndexPages(TermKind kind) : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(RenderContext context)
    {
        var sitePath = kind == TermKind.Tags ? "tags/" : "locations/";
        var title = context.Strings[kind == TermKind.Tags ? "tags" : "locations"];
        var terms = context.Model.Terms(kind);
        var model = context.PageModel(context.Page(title, $"{title}: {context.Strings.FormatNumber(terms.Count)}", sitePath, kind == TermKind.Tags ? "tags" : "locations"));
        model["roles"] = kind == TermKind.Tags ? TermRoleSections.Of(context, terms) : new List<TermRoleView>();
        // Alphabetical in the site's language: Danish puts Æ, Ø, Å after Z.
        var collation = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(context.Strings.Language), ignoreCase: true);
        model["groups"] = terms.OrderBy(t => t.Name, collation).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .GroupBy(t => Initial(t.Name))
            .Select(g => new TermGroupView(g.Key, g.Select(context.Link).ToList())).ToList();
        model["most_frequent"] = MostFrequent(context, kind, 20);
        yield return HtmlPage.Render(context, sitePath, "terms", model);
    }

    private static string Initial(string name)
    {
        var first = name.FirstOrDefault(char.IsLetterOrDigit);
        return first == default ? "#" : char.IsDigit(first) ? "0–9" : char.ToUpperInvariant(first).ToString();
    }

    public static IReadOnlyList<LinkView> MostFrequent(RenderContext context, TermKind kind, int count)
        => context.Model.Terms(kind).OrderByDescending(t => t.Articles.Count).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .Take(count).Select(context.Link).ToList();
}
