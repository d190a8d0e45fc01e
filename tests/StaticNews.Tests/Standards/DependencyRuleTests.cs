namespace StaticNews.Tests.Standards;

/// <summary>
/// The dependency rule of docs/architecture.md, read from the compiled code: every type each
/// namespace names in its signatures and method bodies, so an edge against the rule fails here
/// whether it came in by a <c>using</c>, a qualified name or a parent namespace's type.
/// </summary>
public sealed class DependencyRuleTests
{
    [Fact]
    public void No_namespace_uses_one_beside_or_above_it()
    {
        var against = NamespaceEdges.Of(typeof(StaticNews.Cli.Program).Assembly)
            .Where(edge => !DependencyRule.Allows(edge.From, edge.To))
            .Select(edge => $"{edge.From} uses {edge.To} ({edge.Example}): {DependencyRule.Explain(edge.From, edge.To)}")
            .ToList();
        Assert.True(against.Count == 0, "edges against docs/architecture.md's dependency rule:\n" + string.Join("\n", against));
    }

    [Fact]
    public void Every_namespace_has_a_place_in_the_rule()
    {
        var namespaces = typeof(StaticNews.Cli.Program).Assembly.GetTypes()
            .Select(NamespaceEdges.Component).OfType<string>().Distinct().Order(StringComparer.Ordinal);
        Assert.All(namespaces, ns => Assert.True(DependencyRule.Layer(ns) >= 0, $"{ns} has no layer in DependencyRule; place it in docs/architecture.md and here"));
    }

    [Fact]
    public void Edges_made_in_method_bodies_and_signatures_are_seen()
    {
        var edges = NamespaceEdges.Of(typeof(StaticNews.Cli.Program).Assembly).Select(edge => (edge.From, edge.To)).ToHashSet();
        Assert.Contains(("Pipeline", "Rendering"), edges);
        Assert.Contains(("Rendering.Pages", "Search"), edges);
        Assert.Contains(("Ingest", "Enrichment"), edges);
    }

    [Theory]
    [InlineData("Rendering", "Site", true)]
    [InlineData("Site", "Rendering", false)]
    [InlineData("Site", "Ingest", false)]
    [InlineData("Configuration", "Content", false)]
    [InlineData("Cli", "Text", true)]
    [InlineData("Text", "Text", true)]
    [InlineData("Search.Incremental", "Search.IndexFormat", true)]
    [InlineData("Search.IndexFormat", "Search.Analysis", true)]
    [InlineData("Search.Analysis", "Search.IndexFormat", false)]
    [InlineData("Search.IndexFormat", "Search", false)]
    [InlineData("Search", "Search.Incremental", true)]
    [InlineData("Enrichment.Entities", "Enrichment", true)]
    public void The_rule_allows_only_edges_to_a_lower_layer(string from, string to, bool allowed)
        => Assert.Equal(allowed, DependencyRule.Allows(from, to));
}
