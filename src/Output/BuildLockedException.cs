namespace StaticNews.Output;

/// <summary>Another build holds the output folder's lock.</summary>
public sealed class BuildLockedException(string message) : Exception(message);
