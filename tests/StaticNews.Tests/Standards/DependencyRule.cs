namespace StaticNews.Tests.Standards;

/// <summary>
/// The layers, lowest first. A namespace may use the namespaces of a lower layer only: never one
/// beside it in its own layer, never one above. Sub-namespaces (Enrichment.Entities, Rendering.Pages)
/// belong to their parent's place unless listed on their own.
/// </summary>
internal static class DependencyRule
{
    private static readonly string[][] Layers =
    [
        ["Text", "Diagnostics"],
        ["Content", "Configuration", "Caching", "Output"],
        ["Enrichment", "Search"],
        ["Ingest", "Site"],
        ["Rendering"],
        ["Pipeline"],
        ["Preview", "Checking", "Scaffold"],
        ["Cli"],
    ];

    public static int Layer(string ns)
        => Array.FindIndex(Layers, layer => layer.Contains(TopLevel(ns)));

    public static bool Allows(string from, string to)
        => TopLevel(from) == TopLevel(to) || (Layer(to) >= 0 && Layer(to) < Layer(from));

    public static string Explain(string from, string to)
        => Layer(to) < 0 ? $"{to} has no layer"
            : Layer(to) == Layer(from) ? $"{from} and {to} lie side by side and may not use each other"
            : $"{to} lies above {from}";

    private static string TopLevel(string ns) => ns.Split('.')[0];
}
