using System.Collections.Concurrent;

namespace StaticNews.Site;

/// <summary>
/// One string object per distinct text, for values repeated across many articles (a place is
/// named by thousands of them): equal texts read from different files are different objects,
/// each held for the whole build. Safe to use from several threads at once.
/// </summary>
internal sealed class SharedStrings
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>The shared object for <paramref name="value"/>'s text (the first one met with that text).</summary>
    public string Get(string value) => _strings.GetOrAdd(value, value);

    /// <summary>The list as an array of shared values (an empty one: the one empty array).</summary>
    public IReadOnlyList<string> All(IReadOnlyList<string> values)
    {
        if (values.Count == 0) return [];
        var shared = new string[values.Count];
        for (var i = 0; i < shared.Length; i++) shared[i] = Get(values[i]);
        return shared;
    }
}
