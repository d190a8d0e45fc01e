namespace StaticNews.Output;

/// <summary>
/// An output manifest's lines (after its header) made in memory, and the hash of the whole file
/// they make (<see cref="OutputManifest.Lines"/>): a commit makes them on another core while it
/// moves the changed files into place, then writes them (<see cref="OutputManifest.Write"/>).
/// </summary>
public sealed record ManifestLines(ReadOnlyMemory<byte> Bytes, string FileHash);
