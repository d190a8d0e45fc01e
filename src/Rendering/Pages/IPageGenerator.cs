using StaticNews.Output;

namespace StaticNews.Rendering.Pages;

/// <summary>Makes one kind of output (article pages, feeds, …) from the render context. Generators share nothing else and may run in parallel.</summary>
public interface IPageGenerator
{
    IEnumerable<OutputFile> Generate(RenderContext context);
}
