namespace StaticNews.Output;

/// <summary>What the previous build left in output/, as far as the current build may reuse it.</summary>
public interface IPreviousOutput
{
    /// <summary>True when output/ holds the file at <paramref name="path"/> made from exactly <paramref name="key"/>.</summary>
    bool CanReuse(string path, string key);

    /// <summary>Every file of output/ made from <paramref name="key"/> (for outputs such as the search index whose file names are not known in advance).</summary>
    IReadOnlyList<string> PathsMadeFrom(string key);
}
