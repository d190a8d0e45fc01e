using System.Globalization;
using System.Text;

namespace StaticNews.Output;

/// <summary>Writes the lines <see cref="ManifestLineReader"/> reads, into a stream left open.</summary>
internal sealed class ManifestLineWriter(Stream stream) : IDisposable
{
    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
    private readonly char[] _size = new char[20];
    private readonly char[] _hash = new char[64];

    /// <summary>A line for a file: path, size, hash and key, tab-separated.</summary>
    public void Entry(string path, OutputManifest.Entry entry)
    {
        entry.Size.TryFormat(_size, out var length, default, CultureInfo.InvariantCulture);
        _writer.Write(path);
        _writer.Write('\t');
        _writer.Write(_size.AsSpan(0, length));
        _writer.Write('\t');
        entry.Hash.Format(_hash);
        _writer.Write(_hash);
        _writer.Write('\t');
        entry.Key.WriteTo(_writer);
        _writer.Write('\n');
    }

    /// <summary>A line that is a path alone: the spare's difference names a file the spare lacks so.</summary>
    public void PathAlone(string path)
    {
        _writer.Write(path);
        _writer.Write('\n');
    }

    public void Dispose() => _writer.Dispose();
}
