using System.Text;
using StaticNews.Output;

namespace StaticNews.Rendering;

/// <summary>
/// The theme's assets as the site serves them, and their URLs as pages link them: a content
/// fingerprint in the query string lets browsers cache assets for good yet see every change. A
/// JavaScript module's imports of its siblings carry their fingerprints too (<see cref="ScriptImports"/>),
/// so its own fingerprint changes with theirs. An asset the theme lacks is linked bare.
/// </summary>
public sealed class AssetUrls
{
    private const int FingerprintLength = 10;

    private readonly UrlBuilder _urls;
    private readonly IReadOnlyDictionary<string, string> _files;
    private readonly Dictionary<string, (byte[] Bytes, string Hash)> _served = new(StringComparer.Ordinal);
    private readonly string[] _names;

    public AssetUrls(Theme theme, UrlBuilder urls)
    {
        _urls = urls;
        _files = theme.Assets;
        _names = [.. _files.Keys];
        Array.Sort(_names, StringComparer.Ordinal);
        foreach (var name in _names) Serve(name, []);
    }

    public string Url(string name)
        => _served.TryGetValue(name, out var asset)
            ? _urls.Path("assets/" + name) + "?v=" + asset.Hash[..FingerprintLength]
            : _urls.Path("assets/" + name);

    /// <summary>Each asset's name and the content hash of its served bytes, in name order (what every page's key covers).</summary>
    public IEnumerable<(string Name, string Hash)> Hashes
    {
        get
        {
            // Walked in the order of the names (every asset was served by the constructor), not
            // ordered by LINQ over the served tuples: that generic code is not in the precompiled
            // images, and the JIT would compile it at the start of every build.
            foreach (var name in _names) yield return (name, _served[name].Hash);
        }
    }

    /// <summary>Every asset as written to /assets/, in name order.</summary>
    public IEnumerable<OutputFile> Files
    {
        get
        {
            foreach (var name in _names) yield return new OutputFile("assets/" + name, _served[name].Bytes);
        }
    }

    private (byte[] Bytes, string Hash)? Serve(string name, HashSet<string> importing)
    {
        if (_served.TryGetValue(name, out var done)) return done;
        if (!_files.TryGetValue(name, out var file) || !importing.Add(name)) return null; // unknown, or an import cycle: linked bare
        var bytes = File.ReadAllBytes(file);
        if (name.EndsWith(".js", StringComparison.Ordinal) || name.EndsWith(".mjs", StringComparison.Ordinal))
        {
            var script = Encoding.UTF8.GetString(bytes);
            var rewritten = ScriptImports.WithFingerprints(script, imported => Serve(imported, importing)?.Hash[..FingerprintLength]);
            if (rewritten != script) bytes = Encoding.UTF8.GetBytes(rewritten);
        }
        importing.Remove(name);
        var served = (bytes, Text.ContentHash.Of(bytes));
        _served[name] = served;
        return served;
    }
}
