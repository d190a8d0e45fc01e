namespace StaticNews.Configuration;

/// <summary>
/// What <see cref="InputFileWalker"/> found in an input folder: the files to read, links that lead
/// out of the input folder, and entries that look like input but cannot be read as a file (a
/// folder named like one, a name that is not valid UTF-8), each with the reason in the user's words.
/// </summary>
public sealed record InputListing(IReadOnlyList<string> Files, IReadOnlyList<string> OutsideLinks, IReadOnlyList<(string Path, string Reason)> Refused)
{
    /// <summary>
    /// Each file's content hash as the listing's maker read it, in the order of <see cref="Files"/>,
    /// or null when it read none (a walk lists names only).
    /// </summary>
    public IReadOnlyList<string>? Hashes { get; init; }

    /// <summary>
    /// The content hash of <c>Files[index]</c> already known: the listing's own when it has them,
    /// else what <paramref name="knownHash"/> says of the file (null: unknown, read it).
    /// </summary>
    public string? HashOf(int index, Func<string, string?>? knownHash)
        => Hashes != null ? Hashes[index] : knownHash?.Invoke(Files[index]);

    public void Deconstruct(out IReadOnlyList<string> files, out IReadOnlyList<string> outsideLinks)
    {
        files = Files;
        outsideLinks = OutsideLinks;
    }
}
