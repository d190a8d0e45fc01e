using System.Globalization;
using StaticNews.Diagnostics;
using StaticNews.Output;

namespace StaticNews.Pipeline;

/// <summary>
/// site.yml's <c>max_site_bytes</c> held against a build's output before it replaces output/:
/// a warning from <see cref="WarnShare"/> of the budget, so there is time to act, and past the
/// budget a failed build (the previous site stays, the deploy never runs), each naming the
/// kinds of file that take the most bytes.
/// </summary>
public static class SizeBudget
{
    public const double WarnShare = 0.8;

    /// <summary>Warns into <paramref name="diagnostics"/>, or throws <see cref="SiteTooLargeException"/> past the budget.</summary>
    public static void Check(SiteSize size, long maxBytes, string siteFile, DiagnosticBag diagnostics)
    {
        var share = (double)size.Bytes / maxBytes;
        var what = $"the site would hold {SiteSize.Format(size.Bytes)} in {size.Files.ToString("N0", CultureInfo.InvariantCulture)} files, "
            + $"{(share * 100).ToString("0", CultureInfo.InvariantCulture)} % of max_site_bytes ({SiteSize.Format(maxBytes)}); largest: {size.Largest(3)}";
        if (size.Bytes > maxBytes)
            throw new SiteTooLargeException($"{siteFile}: {what}. The site was not replaced: raise max_site_bytes if the host allows it, or make the site smaller");
        if (share >= WarnShare)
            diagnostics.Warn(siteFile, $"{what}. Past 100 % the build fails");
    }
}
