using System.Buffers;
using System.Text;
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
            // What {% render 'name' %} finds first: a partial parsed here is not parsed again by
            // Fluid at its first render (Fluid's cache of templates is marked experimental).
#pragma warning disable FLUID001
            _options.TemplateCache?.SetTemplate(name, ThemeFileProvider.LastModified, template);
#pragma warning restore FLUID001
        }
        if (!_templates.ContainsKey(BaseLayout))
            throw new TemplateException("the theme has no layouts/base.liquid");
    }

    public bool Has(string layout) => _templates.ContainsKey(layout);

    /// <summary>Renders a page layout, then wraps the result in base.liquid as <c>content</c>.</summary>
    public string RenderPage(string layout, IReadOnlyDictionary<string, object?> model)
    {
        var page = RenderInto(layout, model);
        try { return page.ToString(); }
        finally { Release(page); }
    }

    /// <summary>
    /// <see cref="RenderPage"/> as the UTF-8 bytes of the file. The page is written into a
    /// builder the thread keeps and encoded from there: a page made as a string first was
    /// a copy of every page, twice its size, made only to be encoded and dropped.
    /// </summary>
    public byte[] RenderPageUtf8(string layout, IReadOnlyDictionary<string, object?> model)
    {
        var page = RenderInto(layout, model);
        var chars = ArrayPool<char>.Shared.Rent(page.Length);
        try
        {
            var text = chars.AsSpan(0, page.Length);
            page.CopyTo(0, text, page.Length);
            var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
            Encoding.UTF8.GetBytes(text, bytes);
            return bytes;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            Release(page);
        }
    }

    private StringBuilder RenderInto(string layout, IReadOnlyDictionary<string, object?> model)
    {
        var body = Take();
        string content;
        try
        {
            Render(layout, model, null, body);
            content = body.ToString();
        }
        finally { Release(body); }
        var page = Take();
        try
        {
            Render(BaseLayout, model, content, page);
            return page;
        }
        catch
        {
            Release(page);
            throw;
        }
    }

    private void Render(string layout, IReadOnlyDictionary<string, object?> model, string? content, StringBuilder into)
    {
        if (!_templates.TryGetValue(layout, out var template))
            throw new TemplateException($"the theme has no layouts/{layout}.liquid");
        var context = new TemplateContext(_options);
        foreach (var (key, value) in model) context.SetValue(key, value == null ? NilValue.Instance : FluidValue.Create(value, _options));
        if (content != null) context.SetValue("content", new StringValue(content, encode: false));
        try
        {
            using var writer = new StringWriter(into, System.Globalization.CultureInfo.InvariantCulture);
            var rendering = template.RenderAsync(writer, MinimalHtmlEncoder.Instance, context);
            if (!rendering.IsCompletedSuccessfully) rendering.AsTask().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not TemplateException)
        {
            throw new TemplateException($"layouts/{layout}.liquid: {e.Message}");
        }
    }

    // Builders kept per thread (at most two a thread: a page's body and the page), so pages are
    // written into memory that is already there; one grown past MaxKeptChars is let go.
    [ThreadStatic] private static Stack<StringBuilder>? t_builders;
    private const int MaxKeptChars = 1 << 20;

    private static StringBuilder Take() => t_builders is { Count: > 0 } kept ? kept.Pop() : new StringBuilder(16 * 1024);

    private static void Release(StringBuilder builder)
    {
        if (builder.Capacity > MaxKeptChars) return;
        builder.Clear();
        (t_builders ??= new Stack<StringBuilder>()).Push(builder);
    }
}
