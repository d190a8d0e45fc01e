using StaticNews.Output;

namespace StaticNews.Rendering.Pages;

/// <summary>Writes the theme's assets (with site overrides) to /assets/, as <see cref="AssetUrls"/> serves them.</summary>
public sealed class ThemeAssets : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(RenderContext context) => context.Assets.Files;
}
