namespace StaticNews.Output;

/// <summary>What the previous build left in output/, as far as the current build may reuse it.</summary>
public interface IPreviousOutput
{
    /// <summary>True when output/ holds the file at <paramref name="path"/> made from exactly <paramref name="key"/>.</summary>
    bool CanReuse(string path, string key);
}
