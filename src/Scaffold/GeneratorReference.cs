using System.Reflection;
using System.Text.RegularExpressions;

namespace StaticNews.Scaffold;

/// <summary>
/// The StaticNews a generated workflow builds with: a GitHub repository holding this project's
/// action.yml and a tag or commit of it, written `owner/repo@ref` as in a workflow's `uses:`.
/// </summary>
public sealed partial record GeneratorReference(string Repository, string Ref)
{
    /// <summary>This program's own repository (the project file's RepositoryUrl) at its release tag, v + its Version.</summary>
    public static GeneratorReference Default { get; } = FromAssembly();

    public override string ToString() => $"{Repository}@{Ref}";

    /// <summary>Reads `owner/repo@ref`; throws <see cref="FormatException"/> with a message for the person who typed it.</summary>
    public static GeneratorReference Parse(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success)
            throw new FormatException($"--generator '{text}': expected owner/repository@ref, a GitHub repository and a tag or commit of it, e.g. {Default}");
        return new GeneratorReference(match.Groups["repository"].Value, match.Groups["ref"].Value);
    }

    /// <summary>`owner/repo` from a GitHub URL such as https://github.com/owner/repo(.git).</summary>
    public static string RepositoryFromUrl(string url)
    {
        var match = GitHubUrl().Match(url);
        if (!match.Success)
            throw new FormatException($"RepositoryUrl '{url}' is not a GitHub repository's address (https://github.com/owner/repository)");
        return match.Groups["repository"].Value;
    }

    private static GeneratorReference FromAssembly()
    {
        var metadata = typeof(GeneratorReference).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value ?? "", StringComparer.Ordinal);
        return new GeneratorReference(RepositoryFromUrl(metadata["RepositoryUrl"]), metadata["GeneratorRef"]);
    }

    // GitHub's owner and repository names, and a ref that can be a tag, a branch or a commit id:
    // nothing a workflow's `uses:` would read differently (no spaces, no second @).
    [GeneratedRegex(@"^(?<repository>[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100})@(?<ref>[A-Za-z0-9._/+-]{1,200})$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"^https://github\.com/(?<repository>[A-Za-z0-9-]+/[A-Za-z0-9._-]+?)(?:\.git)?/?$")]
    private static partial Regex GitHubUrl();
}
