using System.Reflection;

namespace StaticNews.Scaffold;

/// <summary>
/// The files `new DIR` writes: site.yml, a sample seed and .gitignore, embedded in the program from
/// templates/new-site/ so the tool needs nothing beside itself, and the GitHub Pages workflow
/// (<see cref="PagesWorkflow"/>).
/// </summary>
public static class SiteScaffold
{
    private const string Prefix = "StaticNews.new-site/";

    /// <summary>Writes the skeleton into <paramref name="folder"/>, which must be missing or empty; returns the files written.</summary>
    public static IReadOnlyList<string> Create(string folder, DeployMethod deploy, GeneratorReference generator)
    {
        var root = Path.GetFullPath(folder);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
            throw new IOException($"{folder} is not empty: `new` only writes into a new or empty folder");
        var assembly = Assembly.GetExecutingAssembly();
        var written = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = name[Prefix.Length..];
            var target = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using (var source = assembly.GetManifestResourceStream(name)!)
            using (var file = File.Create(target))
                source.CopyTo(file);
            written.Add(relative);
        }
        var workflow = Path.Combine(root, PagesWorkflow.FileName.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(workflow)!);
        File.WriteAllText(workflow, PagesWorkflow.Render(deploy, generator));
        written.Add(PagesWorkflow.FileName);
        written.Sort(StringComparer.Ordinal);
        Directory.CreateDirectory(Path.Combine(root, "input", "articles"));
        return written;
    }
}
