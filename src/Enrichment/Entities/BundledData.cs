using System.Reflection;

namespace StaticNews.Enrichment.Entities;

/// <summary>
/// The data files embedded in the generator (place list, word lists, tagger weights; see
/// StaticNews.csproj), so the tool needs nothing beside itself at run time.
/// </summary>
internal static class BundledData
{
    public static Stream Open(string name, string what)
        => Assembly.GetExecutingAssembly().GetManifestResourceStream("StaticNews." + name)
           ?? throw new InvalidOperationException($"The bundled {what} ({name}) is missing from the build.");
}
