using StaticNews.Configuration;
using StaticNews.Diagnostics;
using StaticNews.Rendering;

namespace StaticNews.Tests.Rendering;

/// <summary>Pages link a theme asset with a fingerprint of its bytes, so browsers may cache it for good yet see every change.</summary>
public class AssetUrlsTests
{
    private static AssetUrls For(TempFolder temp)
    {
        var paths = SitePaths.Resolve(temp["input"], temp["output"], temp["theme"]);
        return new AssetUrls(Theme.Load(paths, new DiagnosticBag()), new UrlBuilder(new SiteConfig { BaseUrl = "https://example.org/news/" }));
    }

    [Fact]
    public void An_asset_is_linked_under_the_base_path_with_a_fingerprint_that_follows_its_bytes()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["theme/layouts"]);
        Directory.CreateDirectory(temp["theme/assets"]);
        File.WriteAllText(temp["theme/assets/style.css"], "body { color: black; }");
        var before = For(temp).Url("style.css");
        File.WriteAllText(temp["theme/assets/style.css"], "body { color: navy; }");
        var after = For(temp).Url("style.css");

        Assert.StartsWith("/news/assets/style.css?v=", before);
        Assert.Matches("^[0-9a-f]{10}$", before[(before.IndexOf('=') + 1)..]);
        Assert.NotEqual(before, after);
        File.WriteAllText(temp["theme/assets/style.css"], "body { color: black; }");
        Assert.Equal(before, For(temp).Url("style.css"));
    }

    [Fact]
    public void An_asset_the_theme_lacks_is_linked_without_a_fingerprint()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["theme/layouts"]);

        Assert.Equal("/news/assets/search.js", For(temp).Url("search.js"));
    }

    [Fact]
    public void A_module_imports_its_sibling_modules_by_their_fingerprinted_urls_so_a_change_below_reaches_the_page()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["theme/layouts"]);
        Directory.CreateDirectory(temp["theme/assets"]);
        File.WriteAllText(temp["theme/assets/analysis.js"], "export const stem = w => w;\n");
        File.WriteAllText(temp["theme/assets/client.js"], "import { stem } from './analysis.js';\nexport const find = q => stem(q);\n");
        File.WriteAllText(temp["theme/assets/page.js"], "import { find } from \"./client.js\";\nimport './missing.js';\nfind('x');\n");

        var assets = For(temp);
        var served = assets.Files.ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Content));
        var analysis = assets.Url("analysis.js")[(assets.Url("analysis.js").IndexOf('=') + 1)..];
        var client = assets.Url("client.js")[(assets.Url("client.js").IndexOf('=') + 1)..];
        Assert.Contains($"from './analysis.js?v={analysis}';", served["assets/client.js"]);
        Assert.Contains($"from \"./client.js?v={client}\";", served["assets/page.js"]);
        Assert.Contains("import './missing.js';", served["assets/page.js"]); // not a theme asset: left as written
        Assert.Equal("export const stem = w => w;\n", served["assets/analysis.js"]);

        var pageBefore = assets.Url("page.js");
        File.WriteAllText(temp["theme/assets/analysis.js"], "export const stem = w => w.toLowerCase();\n");
        Assert.NotEqual(pageBefore, For(temp).Url("page.js")); // two imports up, the page script's URL follows
    }
}
