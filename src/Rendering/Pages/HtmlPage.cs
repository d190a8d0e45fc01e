using StaticNews.Output;

namespace StaticNews.Rendering.Pages;

/// <summary>
/// Renders a layout into the index.html of a site path ("" for the home page), or keeps the
/// previous build's file when the page's key (its layout and every value it shows) is unchanged.
/// </summary>
public static class HtmlPage
{
    public static OutputFile Render(RenderContext context, string sitePath, string layout, Dictionary<string, object?> model)
        => RenderFile(context, sitePath + "index.html", layout, model);

    public static OutputFile RenderFile(RenderContext context, string filePath, string layout, Dictionary<string, object?> model)
    {
        var key = Key(context, layout, model);
        return Kept(context, filePath, key) ?? Rendered(context, filePath, layout, model, key);
    }

    /// <summary>
    /// output/'s file kept, when it was made from <paramref name="key"/>; else null, and the
    /// generator builds the page's model and renders it (<c>Kept(…) ?? Rendered(…)</c>): a generator
    /// that keys a page from what it is made of builds no view of a page that is kept, and makes
    /// no closure per page to build one later (a build keys every page of the site, and keeps most).
    /// </summary>
    public static OutputFile? Kept(RenderContext context, string filePath, string key)
        => context.Reusable(filePath, key) ? OutputFile.Keep(filePath, key) : null;

    /// <summary>
    /// The key of a page model, its values by name in ordinal order; "site" and "t" are the same
    /// on every page and covered by the site key. Gathered into a dictionary with a loop rather
    /// than a sorted list of pairs: the serialiser's and LINQ's generic code over a pair is not
    /// in the precompiled images, so it would be compiled afresh, unoptimised, in every build.
    /// </summary>
    private static string Key(RenderContext context, string layout, Dictionary<string, object?> model)
    {
        var names = new string[model.Count];
        model.Keys.CopyTo(names, 0);
        Array.Sort(names, StringComparer.Ordinal);
        var values = new Dictionary<string, object?>(names.Length, StringComparer.Ordinal);
        foreach (var name in names)
            if (name is not ("site" or "t")) values.Add(name, model[name]);
        return context.Keys.Of("html " + layout + " ", values);
    }

    public static OutputFile Rendered(RenderContext context, string filePath, string layout, Dictionary<string, object?> model, string key)
        => new(filePath, context.Templates.RenderPageUtf8(layout, model)) { Key = key };
}
