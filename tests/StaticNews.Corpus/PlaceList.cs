namespace StaticNews.Corpus;

/// <summary>Real place names for the generated articles, from the generator's own place list.</summary>
public static class PlaceList
{
    /// <summary>Countries, cities and Danish places (not the long tail of dictionary names), in file order.</summary>
    public static IReadOnlyList<string> Read(string placesTsv)
        => File.ReadLines(placesTsv)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Where(c => c.Length >= 4 && c[1] is "country" or "city" or "dk" && c[3] == "0" && !c[0].Contains(' '))
            .Select(c => c[0])
            .ToList();

    /// <summary>data/gazetteer/places.tsv in the repository this runs from.</summary>
    public static string FindDefault()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "data", "gazetteer", "places.tsv"))) dir = dir.Parent;
        return dir == null
            ? throw new FileNotFoundException("cannot find data/gazetteer/places.tsv above " + AppContext.BaseDirectory + "; pass --places")
            : Path.Combine(dir.FullName, "data", "gazetteer", "places.tsv");
    }
}
