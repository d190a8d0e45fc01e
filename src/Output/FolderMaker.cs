namespace StaticNews.Output;

/// <summary>
/// Makes the folder a file is about to be written or moved into, asking the system once for a
/// folder while it is among the last few hundred made, rather than with every file (a failed
/// mkdir and a stat each time the folder is there already). A build that changes a few hundred
/// files (a new article: its pages, its terms', the search index's shards) writes into fewer
/// folders than that; the memory is kept short so that a cold build of a large archive, whose
/// every article has a folder of its own, holds no list of them all. Only for trees nothing but
/// the build changes while it runs: a folder remembered is taken to be there still.
/// </summary>
internal sealed class FolderMaker
{
    private const int Remembered = 256;

    private readonly HashSet<string> _made = new(StringComparer.Ordinal);

    public void MakeFor(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        if (_made.Contains(folder)) return;
        if (_made.Count == Remembered) _made.Clear();
        Directory.CreateDirectory(folder);
        _made.Add(folder);
    }
}
