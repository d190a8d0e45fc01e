using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using StaticNews.Caching;
using StaticNews.Configuration;
using StaticNews.Rendering.Views;

namespace StaticNews.Rendering;

/// <summary>
/// Keys for incremental builds. The site key covers what every page depends on: the generator
/// build itself (its module id changes with every compile, so a new version never reuses an old
/// page), the libraries that render, the settings, every layout, asset and string of the theme.
/// A page's key adds the values it is rendered from; equal keys mean equal bytes, because a page
/// is a pure function of its layout and those values.
/// </summary>
public sealed class RenderFingerprint
{
    private readonly byte[] _site;
    private readonly JsonSerializerOptions _keyJson;

    public RenderFingerprint(SiteConfig config, Theme theme, AssetUrls assets, LocalizedStrings strings)
    {
        _keyJson = new JsonSerializerOptions { WriteIndented = false, TypeInfoResolver = RenderJson.Default };
        _keyJson.Converters.Add(new CardDigestConverter());
        var text = new StringBuilder();
        text.Append(GeneratorBuild.Id).Append('\n');
        foreach (var library in new[] { typeof(Fluid.FluidParser), typeof(Markdig.Markdown), typeof(YamlDotNet.Serialization.Deserializer) })
            text.Append(library.Assembly.FullName).Append('\n');
        text.Append(JsonSerializer.Serialize(config, RenderJson.Default.SiteConfig)).Append('\n');
        // Names sorted and looked up, not pairs ordered by LINQ: that generic code over a pair is
        // not in the precompiled images, and this runs at the start of every build.
        foreach (var name in theme.Layouts.Keys.Order(StringComparer.Ordinal))
            text.Append("layout ").Append(name).Append(' ').Append(Text.ContentHash.Of(theme.Layouts[name])).Append('\n');
        // The assets as served (read once, by AssetUrls): a module's bytes name its imports' fingerprints, so they follow every asset's.
        foreach (var (name, hash) in assets.Hashes)
            text.Append("asset ").Append(name).Append(' ').Append(hash).Append('\n');
        text.Append(strings.Language).Append('\n');
        foreach (var key in strings.Strings.Keys.Order(StringComparer.Ordinal))
            text.Append(key).Append('=').Append(strings.Strings[key]).Append('\n');
        _site = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        Site = Convert.ToHexStringLower(_site);
    }

    public string Site { get; }

    /// <summary>A key for one output of <paramref name="kind"/>, built from the values it is made of (see <see cref="PageKey"/>).</summary>
    public PageKey Key(RenderContext context, string kind) => new(context, _site, kind);

    /// <summary>The key of one output made by <paramref name="kind"/> from <paramref name="values"/> (serialised as JSON).</summary>
    public string Of(string kind, object? values)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(values, _keyJson.GetTypeInfo(typeof(object)));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_site);
        hash.AppendData(Encoding.UTF8.GetBytes(kind + "\n"));
        hash.AppendData(json);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    /// <summary>
    /// Writes a card as its hash, worked out once per card: a card is on every list page that
    /// shows its article (twenty to a page, in several lists), and serialising it whole each
    /// time made keying an unchanged large site cost more than rendering it. The hash is
    /// <see cref="PageKey"/>'s, so a card is hashed one way wherever it is keyed.
    /// </summary>
    private sealed class CardDigestConverter : JsonConverter<ArticleCardView>
    {
        private readonly ConcurrentDictionary<ArticleCardView, string> _digests = new(ReferenceEqualityComparer.Instance);

        public override ArticleCardView Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => throw new NotSupportedException("keys are only written");

        public override void Write(Utf8JsonWriter writer, ArticleCardView value, JsonSerializerOptions options)
            => writer.WriteStringValue(_digests.GetOrAdd(value, card => Convert.ToBase64String(new PageKey(null, [], "card").Add(card).Hash())));
    }
}
