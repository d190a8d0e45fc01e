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

    /// <summary>The non-empty lines of a bundled word list, '#' comment lines skipped.</summary>
    public static IEnumerable<string> WordList(string name, string what)
    {
        using var reader = new StreamReader(Open(name, what));
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') yield return line;
    }
}
