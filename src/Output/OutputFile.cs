namespace StaticNews.Output;

/// <summary>One file of the built site: its path relative to the output root ('/' separated) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content);
