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

    private sealed class LayoutFileInfo(string name, string source) : IFileInfo
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(source);
        public bool Exists => true;
        public long Length => _bytes.Length;
        public string? PhysicalPath => null;
        public string Name => name + ".liquid";
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}
