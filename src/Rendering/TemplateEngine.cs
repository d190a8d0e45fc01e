using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace StaticNews.Rendering;

/// <summary>
/// Renders theme layouts with Fluid. Every value is HTML-encoded on output unless a template
/// says <c>| raw</c> (done only for HTML we rendered ourselves), and article text is only ever
/// a value, never template source, so Liquid inside an article is never executed.
/// </summary>
public sealed class TemplateEngine
{
    private const string BaseLayout = "base";
    private readonly Dictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);
    private readonly TemplateOptions _options;

    // Fluid reads the view types' properties by reflection: a native (AOT) publish keeps them,
    // as StaticNews.csproj roots every type of this assembly for it.
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "The view types are StaticNews's own, kept whole by the TrimmerRootAssembly of StaticNews.csproj.")]
    public TemplateEngine(Theme theme, IEnumerable<Type> viewTypes)
    {
        _options = new TemplateOptions
        {
            FileProvider = new ThemeFileProvider(theme.Layouts),
            MemberAccessStrategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
        foreach (var type in viewTypes) _options.MemberAccessStrategy.Register(type);

        var parser = new FluidParser();
        foreach (var (name, source) in theme.Layouts)
        {
            if (!parser.TryParse(source, out var template, out var error))
                throw new TemplateException($"layouts/{name}.liquid: {error}");
            _templates[name] = template;
        }
        if (!_templates.ContainsKey(BaseLayout))
            throw new TemplateException("the theme has no layouts/base.liquid");
    }

    public bool Has(string layout) => _templates.ContainsKey(layout);

    /// <summary>Renders a page layout, then wraps the result in base.liquid as <c>content</c>.</summary>
    public string RenderPage(string layout, IReadOnlyDictionary<string, object?> model)
    {
        var body = Render(layout, model, null);
        return Render(BaseLayout, model, body);
    }

    private string Render(string layout, IReadOnlyDictionary<string, object?> model, string? content)
    {
        if (!_templates.TryGetValue(layout, out var template))
            throw new TemplateException($"the theme has no layouts/{layout}.liquid");
        var context = new TemplateContext(_options);
        foreach (var (key, value) in model) context.SetValue(key, value == null ? NilValue.Instance : FluidValue.Create(value, _options));
        if (content != null) context.SetValue("content", new StringValue(content, encode: false));
        try
        {
            return template.Render(context, MinimalHtmlEncoder.Instance);
        }
        catch (Exception e) when (e is not TemplateException)
        {
            throw new TemplateException($"layouts/{layout}.liquid: {e.Message}");
        }
    }
}
