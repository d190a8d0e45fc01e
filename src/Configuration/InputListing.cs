namespace StaticNews.Configuration;

/// <summary>
/// What <see cref="InputFileWalker"/> found in an input folder: the files to read, links that lead
/// out of the input folder, and entries that look like input but cannot be read as a file (a
/// folder named like one, a name that is not valid UTF-8), each with the reason in the user's words.
/// </summary>
public sealed record InputListing(IReadOnlyList<string> Files, IReadOnlyList<string> OutsideLinks, IReadOnlyList<(string Path, string Reason)> Refused)
{
    public void Deconstruct(out IReadOnlyList<string> files, out IReadOnlyList<string> outsideLinks)
    {
        files = Files;
        outsideLinks = OutsideLinks;
    }
}
