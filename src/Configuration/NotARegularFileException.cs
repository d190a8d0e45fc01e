namespace StaticNews.Configuration;

/// <summary>An input path that is a pipe, socket, device or folder where a file was expected; the message says which.</summary>
public sealed class NotARegularFileException(string what) : IOException($"it is {what}, not a file, so it is not read");
