namespace StaticNews.Rendering;

/// <summary>
/// The URL of a theme asset as pages link it: a content fingerprint in the query string lets
/// browsers cache assets for good yet see every change. An asset the theme lacks is linked bare.
/// </summary>
public sealed class AssetUrls(Theme theme, UrlBuilder urls)
{
    private const int FingerprintLength = 10;

    public string Url(string name)
        => theme.Assets.TryGetValue(name, out var file)
            ? urls.Path("assets/" + name) + "?v=" + Text.ContentHash.Of(File.ReadAllBytes(file))[..FingerprintLength]
            : urls.Path("assets/" + name);
}
