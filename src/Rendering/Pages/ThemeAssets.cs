using StaticNews.Output;

namespace StaticNews.Rendering.Pages;

/// <summary>Copies the theme's assets (with site overrides) to /assets/.</summary>
public sealed class ThemeAssets(Theme theme) : IPageGenerator
{
    public IEnumerable<OutputFile> Generate(RenderContext context)
        => theme.Assets.Select(a => new OutputFile("assets/" + a.Key, File.ReadAllBytes(a.Value)));
}
