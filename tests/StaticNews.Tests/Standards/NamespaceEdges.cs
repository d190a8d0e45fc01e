using System.Reflection;

namespace StaticNews.Tests.Standards;

/// <summary>Which namespace of StaticNews uses which, with one example pair of types for each edge.</summary>
internal static class NamespaceEdges
{
    public sealed record Edge(string From, string To, string Example);

    /// <summary>A type's namespace below StaticNews ("Search", "Enrichment.Entities"), or null outside it.</summary>
    public static string? Component(Type type)
    {
        var ns = type.Namespace;
        return ns != null && ns.StartsWith("StaticNews.", StringComparison.Ordinal) ? ns["StaticNews.".Length..] : null;
    }

    public static IReadOnlyList<Edge> Of(Assembly assembly)
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in assembly.GetTypes())
        {
            if (Component(type) is not { } from) continue;
            foreach (var used in TypesUsedBy(type))
                foreach (var named in Expand(used))
                    if (named.Assembly == assembly && Component(named) is { } to && to != from)
                        edges.TryAdd((from, to), $"{Name(type)} → {Name(named)}");
        }
        return edges.Select(pair => new Edge(pair.Key.Item1, pair.Key.Item2, pair.Value))
            .OrderBy(edge => edge.From, StringComparer.Ordinal).ThenBy(edge => edge.To, StringComparer.Ordinal).ToList();
    }

    private static string Name(Type type) => type.DeclaringType is { } outer ? Name(outer) : type.Name;

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> TypesUsedBy(Type type)
    {
        if (type.BaseType != null) yield return type.BaseType;
        foreach (var i in type.GetInterfaces()) yield return i;
        foreach (var field in type.GetFields(Declared)) yield return field.FieldType;
        foreach (var property in type.GetProperties(Declared)) yield return property.PropertyType;
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info) yield return info.ReturnType;
            foreach (var parameter in method.GetParameters()) yield return parameter.ParameterType;
            foreach (var used in MethodBodyTypes.Of(method)) yield return used;
        }
    }

    /// <summary>A type with the types it is made of: generic arguments, element types, the type it is nested in.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType && type.GetElementType() is { } element)
            foreach (var inner in Expand(element)) yield return inner;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
            foreach (var argument in type.GetGenericArguments())
                foreach (var inner in Expand(argument)) yield return inner;
        if (type.DeclaringType is { } outer && !type.IsGenericParameter) yield return outer;
    }
}
