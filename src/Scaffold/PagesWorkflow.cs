using System.Reflection;

namespace StaticNews.Scaffold;

/// <summary>
/// The .github/workflows/pages.yml `new` writes: one of the workflows in templates/workflows/,
/// with the StaticNews action it uses pinned to a repository and ref.
/// </summary>
public static class PagesWorkflow
{
    public const string FileName = ".github/workflows/pages.yml";

    public static string Render(DeployMethod method, GeneratorReference generator)
    {
        var name = method switch
        {
            DeployMethod.Artifact => "pages-artifact.yml",
            DeployMethod.Branch => "pages-branch.yml",
            _ => throw new ArgumentOutOfRangeException(nameof(method)),
        };
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("StaticNews.workflows/" + name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Replace("__REPOSITORY__", generator.Repository, StringComparison.Ordinal)
            .Replace("__REF__", generator.Ref, StringComparison.Ordinal);
    }
}
