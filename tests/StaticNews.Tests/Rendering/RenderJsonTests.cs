using System.Text.Json;
using StaticNews.Rendering;
using StaticNews.Rendering.Views;

namespace StaticNews.Tests.Rendering;

/// <summary>
/// Page keys and JSON-LD are serialised by code generated at compile time (<see cref="RenderJson"/>),
/// so the native build, which cannot serialise by reflection, keys pages as the JIT build does.
/// </summary>
public class RenderJsonTests
{
    public static TheoryData<string> ViewTypes()
        => [.. typeof(SiteView).Assembly.GetTypes().Where(t => t.Namespace == typeof(SiteView).Namespace && t.IsPublic).Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(ViewTypes))]
    public void Every_view_a_layout_can_be_given_can_be_keyed(string name)
    {
        var type = typeof(SiteView).Assembly.GetTypes().Single(t => t.Namespace == typeof(SiteView).Namespace && t.Name == name);

        Assert.NotNull(RenderJson.Default.GetTypeInfo(type));
    }

    [Fact]
    public void A_value_of_a_type_it_was_not_made_for_fails_rather_than_falling_back_to_reflection()
    {
        var key = new PageKey(null, [], "test");

        Assert.Throws<NotSupportedException>(() => key.AddJson(new Uri("https://example.org/")));
    }

    [Fact]
    public void Keys_made_from_the_same_views_are_equal_and_from_other_views_differ()
    {
        LinkView link = new("Aarhus", "/locations/aarhus/", 3, "3 artikler");
        string KeyOf(object value) => new PageKey(null, [], "test").AddJson(value).Finish();

        Assert.Equal(KeyOf(new List<LinkView> { link }), KeyOf(new List<LinkView> { link with { } }));
        Assert.NotEqual(KeyOf(new List<LinkView> { link }), KeyOf(new List<LinkView> { link with { Count = 4 } }));
        Assert.Equal("""{"Name":"Aarhus","Url":"/locations/aarhus/","Count":3,"CountText":"3 artikler"}""", JsonSerializer.Serialize(link, RenderJson.Default.LinkView));
    }
}
