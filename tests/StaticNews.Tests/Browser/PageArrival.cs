using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StaticNews.Tests.Browser;

/// <summary>
/// Waits until a page shows a new address, by polling the address the page itself reports.
/// </summary>
/// <remarks>
/// Why not <c>IPage.WaitForURLAsync</c>: once the address matches, it also waits for the page's
/// "load" event as the .NET client saw it, and on a busy CI machine it has missed that
/// event: 30 s timeout, "networkidle" logged as fired, "load" never. What the tests read next
/// (a heading, the search status) is waited for by its own locator, so the address is all this
/// needs to settle.
/// </remarks>
internal static class PageArrival
{
    /// <summary>Waits until the page's address ends with <paramref name="pathAndQuery"/>.</summary>
    public static Task AtAsync(IPage page, string pathAndQuery) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(pathAndQuery) + "$"), new() { Timeout = 30_000 });

    /// <summary>Waits until the page's address contains <paramref name="pathPrefix"/>.</summary>
    public static Task UnderAsync(IPage page, string pathPrefix) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(pathPrefix)), new() { Timeout = 30_000 });
}
