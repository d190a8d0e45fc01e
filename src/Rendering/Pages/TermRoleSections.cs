using StaticNews.Rendering.Views;
using StaticNews.Site;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// Tags by what they name, for pages that show people, organisations and topics apart: the
/// theme's string keys of each role, and the tag index's sections (the most used of each, so
/// the index stays bounded however many names the archive holds; every tag stays in its A–Z list).
/// </summary>
public static class TermRoleSections
{
    private static readonly TermRole[] Order = [TermRole.Person, TermRole.Organisation, TermRole.Topic];

    /// <summary>The string key naming one tag of the role ("person", "organisation", "tag").</summary>
    public static string SingularKey(TermRole role) => role switch
    {
        TermRole.Person => "person",
        TermRole.Organisation => "organisation",
        _ => "tag",
    };

    /// <summary>The string key naming the role's tags ("people", "organisations", "tags").</summary>
    public static string PluralKey(TermRole role) => role switch
    {
        TermRole.Person => "people",
        TermRole.Organisation => "organisations",
        _ => "tags",
    };

    public static List<TermRoleView> Of(RenderContext context, IReadOnlyList<Term> tags, int mostUsedPerRole)
        => Order.Select(role =>
            {
                var ofRole = tags.Where(t => t.Role == role).ToList();
                var mostUsed = MostUsedTerms.Of(ofRole, mostUsedPerRole).Select(context.Link).ToList();
                return new TermRoleView(PluralKey(role), context.Strings[PluralKey(role)], mostUsed, ofRole.Count, context.Strings.FormatNumber(ofRole.Count));
            })
            .Where(section => section.Count > 0).ToList();
}
