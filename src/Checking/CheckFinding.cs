namespace StaticNews.Checking;

/// <summary>One thing wrong with a built site: the file (relative to the output folder) and what is wrong.</summary>
public sealed record CheckFinding(string File, string Problem)
{
    public override string ToString() => $"{File}: {Problem}";
}
