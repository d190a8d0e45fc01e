using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace StaticNews.Rendering;

/// <summary>
/// Serves the merged theme layouts to Fluid's <c>{% render 'name' %}</c>, so partials honour
/// site overrides exactly as page layouts do.
/// </summary>
internal sealed class ThemeFileProvider(IReadOnlyDictionary<string, string> layouts) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        var name = subpath.TrimStart('/');
        if (name.EndsWith(".liquid", StringComparison.Ordinal)) name = name[..^".liquid".Length];
        return layouts.TryGetValue(name, out var source) ? new LayoutFileInfo(name, source) : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    /// <summary>The time every layout is said to have been changed at: layouts never change while a build runs.</summary>
    public static DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

    private sealed class LayoutFileInfo(string name, string source) : IFileInfo
    {
        // Encoded only when read: a partial Fluid has cached is looked up at every render of it, never read.
        private byte[]? _bytes;
        private byte[] Bytes => _bytes ??= Encoding.UTF8.GetBytes(source);
        public bool Exists => true;
        public long Length => Bytes.Length;
        public string? PhysicalPath => null;
        public string Name => name + ".liquid";
        public DateTimeOffset LastModified => ThemeFileProvider.LastModified;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(Bytes, writable: false);
    }
}
