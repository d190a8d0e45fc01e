namespace StaticNews.Pipeline.UpToDate;

/// <summary>
/// An input file as the last fingerprint saw it: its size and write time, and the hash of its
/// content then. A file whose size and write time are still these need not be read again.
/// </summary>
public sealed record FileStamp(string Path, long Size, long WrittenTicks, string Hash);
