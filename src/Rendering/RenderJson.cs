using System.Text.Json.Serialization;
using StaticNews.Configuration;
using StaticNews.Rendering.Views;

namespace StaticNews.Rendering;

/// <summary>
/// Every type the renderer turns into JSON (page keys, the site key's settings, JSON-LD), with
/// its serialisation code generated at compile time: no reflection or code made at run time, so
/// a natively compiled StaticNews (see docs/benchmarks.md) writes the same keys and JSON-LD as
/// the JIT one. A page model's values are typed object: each type a model can hold is listed,
/// and a value of any other type fails loudly (every test that renders a site would show it).
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(object))]
[JsonSerializable(typeof(SiteConfig))]
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(List<Dictionary<string, object>>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(ArchiveMonthView))]
[JsonSerializable(typeof(ArchiveYearView))]
[JsonSerializable(typeof(List<ArchiveYearView>))]
[JsonSerializable(typeof(ArticleCardView))]
[JsonSerializable(typeof(List<ArticleCardView>))]
[JsonSerializable(typeof(ArticleView))]
[JsonSerializable(typeof(LinkView))]
[JsonSerializable(typeof(List<LinkView>))]
[JsonSerializable(typeof(PageView))]
[JsonSerializable(typeof(PagerView))]
[JsonSerializable(typeof(SearchPageView))]
[JsonSerializable(typeof(SearchWithinView))]
[JsonSerializable(typeof(SiteView))]
[JsonSerializable(typeof(TermGroupView))]
[JsonSerializable(typeof(List<TermGroupView>))]
[JsonSerializable(typeof(TermLinkView))]
[JsonSerializable(typeof(TermRoleView))]
[JsonSerializable(typeof(List<TermRoleView>))]
[JsonSerializable(typeof(List<TermLinkView>))]
internal sealed partial class RenderJson : JsonSerializerContext;
