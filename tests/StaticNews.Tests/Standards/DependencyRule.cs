namespace StaticNews.Tests.Standards;

/// <summary>
/// The layers, lowest first. A namespace may use the namespaces of a lower layer only: never one
/// beside it in its own layer, never one above. Sub-namespaces (Enrichment.Entities, Rendering.Pages)
/// belong to their parent's place, except inside a namespace given inner layers of its own
/// (Search), whose parts follow the same rule among themselves.
/// </summary>
internal static class DependencyRule
{
    private static readonly string[][] Layers =
    [
        ["Text", "Diagnostics", "Caching"],
        ["Content", "Configuration", "Output"],
        ["Enrichment", "Search"],
        ["Ingest", "Site"],
        ["Rendering"],
        ["Pipeline"],
        ["Preview", "Checking", "Scaffold"],
        ["Cli"],
    ];

    /// <summary>Namespaces with parts that refer one way: text analysis, then the index's file format, then its incremental store, then the builder.</summary>
    private static readonly Dictionary<string, string[][]> InnerLayers = new()
    {
        ["Search"] = [["Search.Analysis"], ["Search.IndexFormat"], ["Search.Incremental"], ["Search"]],
    };

    public static int Layer(string ns)
        => Array.FindIndex(Layers, layer => layer.Contains(TopLevel(ns)));

    public static bool Allows(string from, string to)
    {
        if (TopLevel(from) != TopLevel(to)) return Layer(to) >= 0 && Layer(to) < Layer(from);
        if (!InnerLayers.TryGetValue(TopLevel(from), out var inner)) return true;
        return Part(inner, from) == Part(inner, to) || InnerLayer(inner, to) < InnerLayer(inner, from);
    }

    public static string Explain(string from, string to)
    {
        if (TopLevel(from) == TopLevel(to)) return $"{to} lies beside or above {from} within {TopLevel(from)}";
        return Layer(to) < 0 ? $"{to} has no layer"
            : Layer(to) == Layer(from) ? $"{from} and {to} lie side by side and may not use each other"
            : $"{to} lies above {from}";
    }

    private static string TopLevel(string ns) => ns.Split('.')[0];

    /// <summary>The inner part a namespace belongs to: the longest listed prefix of it.</summary>
    private static string Part(string[][] inner, string ns)
        => inner.SelectMany(layer => layer)
            .Where(part => ns == part || ns.StartsWith(part + ".", StringComparison.Ordinal))
            .MaxBy(part => part.Length) ?? ns;

    private static int InnerLayer(string[][] inner, string ns)
        => Array.FindIndex(inner, layer => layer.Contains(Part(inner, ns)));
}
