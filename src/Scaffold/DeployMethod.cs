namespace StaticNews.Scaffold;

/// <summary>How the generated workflow puts the built site on GitHub Pages.</summary>
public enum DeployMethod
{
    /// <summary>Upload the whole site as a Pages artifact on every deploy (Pages source: GitHub Actions).</summary>
    Artifact,

    /// <summary>Push the site to a gh-pages branch, sending only changed files (Pages source: a branch).</summary>
    Branch,
}
