using Microsoft.Playwright;

namespace StaticNews.Tests.Browser;

/// <summary>
/// Serves a built output folder to the browser as GitHub Pages would (directory URLs → index.html,
/// unknown paths → 404.html with status 404), by answering the page's requests from disk:
/// no server, no port, nothing leaves the machine.
/// </summary>
internal static class StaticSiteRoute
{
    public const string Origin = "http://staticnews.test";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json", [".xml"] = "application/xml", [".svg"] = "image/svg+xml", [".png"] = "image/png",
        [".txt"] = "text/plain; charset=utf-8",
    };

    public static async Task ServeAsync(IBrowserContext context, string outputRoot, string basePath)
    {
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (!route.Request.Url.StartsWith(Origin, StringComparison.Ordinal))
            {
                await route.AbortAsync();
                return;
            }
            var path = Uri.UnescapeDataString(url.AbsolutePath);
            string? file = null;
            if (path.StartsWith(basePath, StringComparison.Ordinal))
            {
                var relative = path[basePath.Length..];
                file = Path.Combine(outputRoot, relative);
                if (relative.Length == 0 || relative.EndsWith('/')) file = Path.Combine(file, "index.html");
            }
            if (file != null && File.Exists(file) && Path.GetFullPath(file).StartsWith(Path.GetFullPath(outputRoot), StringComparison.Ordinal))
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 200,
                    BodyBytes = await File.ReadAllBytesAsync(file),
                    ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream"),
                });
            }
            else
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 404,
                    BodyBytes = await File.ReadAllBytesAsync(Path.Combine(outputRoot, "404.html")),
                    ContentType = ContentTypes[".html"],
                });
            }
        });
    }
}
