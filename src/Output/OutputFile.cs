namespace StaticNews.Output;

/// <summary>
/// One file of the built site: its path relative to the output root ('/' separated) and its bytes.
/// <see cref="Key"/> fingerprints everything the file was made from; a file whose key matches the
/// previous build's is not made again but <see cref="Reused"/> from output/ as it stands.
/// </summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public string? Key { get; init; }
    public bool Reused { get; init; }

    public static OutputFile Keep(string path, string key) => new(path, []) { Key = key, Reused = true };
}
