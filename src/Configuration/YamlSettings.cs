using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticNews.Configuration;

/// <summary>
/// The YAML of a settings file (site.yml, places.yml) read as plain nodes, so that every problem
/// is told in the file's own terms: file, line, key, what was expected and what was found, never
/// the name of a .NET type the text was to become.
/// </summary>
public sealed class YamlSettings(string file)
{
    /// <summary>
    /// The top mapping of <paramref name="text"/>, or null for an empty file. With
    /// <paramref name="refuseAliases"/>, anchors and aliases are refused: a large data file (seed
    /// metadata) should say each value outright, and an alias to a list could make a small file
    /// stand for a huge one. <paramref name="expected"/> says what the top of the file should be.
    /// </summary>
    public YamlMappingNode? Root(string text, bool refuseAliases = false, string expected = "'key: value' lines")
    {
        var stream = new YamlStream();
        try
        {
            if (refuseAliases) RefuseAliases(text);
            stream.Load(new StringReader(text));
        }
        catch (YamlException e) when (e.Message.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            throw Problem(e.Start, $"{e.Message["Duplicate key ".Length..]}: given twice; keep one");
        }
        catch (YamlException e)
        {
            throw Problem(e.Start, "not valid YAML: " + (e.InnerException?.Message ?? e.Message));
        }
        if (stream.Documents.Count == 0) return null;
        if (stream.Documents.Count > 1) throw Problem(stream.Documents[1].RootNode.Start, "holds more than one YAML document (a second '---'); keep one");
        var root = stream.Documents[0].RootNode;
        if (IsEmpty(root)) return null;
        return root as YamlMappingNode ?? throw Problem(root.Start, $"expected {expected}, got {Describe(root)}");
    }

    /// <summary>A key with nothing after it ("footer:", "footer: ~"): the setting keeps its default.</summary>
    public static bool IsEmpty(YamlNode node)
        => node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public string Key(YamlNode key)
        => key is YamlScalarNode { Value: { Length: > 0 } name } ? name : throw Problem(key.Start, $"expected a name before ':', got {Describe(key)}");

    public string Text(string key, YamlNode value)
        => value is YamlScalarNode scalar ? scalar.Value ?? "" : throw Problem(value.Start, $"{key}: expected text, got {Describe(value)}");

    public int WholeNumber(string key, YamlNode value)
    {
        var text = Text(key, value);
        return int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Problem(value.Start, $"{key}: expected a whole number, got {Quote(text)}");
    }

    public long LargeWholeNumber(string key, YamlNode value)
    {
        var text = Text(key, value);
        return long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Problem(value.Start, $"{key}: expected a whole number, got {Quote(text)}");
    }

    public List<string> Lines(string key, YamlNode value, string example)
    {
        if (value is not YamlSequenceNode list)
            throw Problem(value.Start, $"{key}: expected a list ({example}), got {Describe(value)}");
        return [.. list.Children.Select(item => item is YamlScalarNode { Value: var text } ? text ?? "" : throw Problem(item.Start, $"{key}: expected each item to be text, got {Describe(item)}"))];
    }

    public SiteConfigException Problem(Mark at, string message)
        => new($"{SitePaths.Display(file)}:{at.Line}: {message}") { Line = (int)at.Line, Reason = message };

    private void RefuseAliases(string text)
    {
        var parser = new Parser(new StringReader(text));
        while (parser.MoveNext())
        {
            if (parser.Current is YamlDotNet.Core.Events.AnchorAlias alias)
                throw Problem(alias.Start, "uses a YAML alias (*name); write the value out instead");
            if (parser.Current is YamlDotNet.Core.Events.NodeEvent { Anchor.IsEmpty: false } node)
                throw Problem(node.Start, "uses a YAML anchor (&name); write the value out instead");
        }
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "'key: value' lines",
        YamlScalarNode scalar when IsEmpty(scalar) => "nothing",
        YamlScalarNode scalar => Quote(scalar.Value ?? ""),
        _ => "something else",
    };

    public static string Quote(string text)
        => "\"" + (text.Length > 60 ? text[..57] + "…" : text) + "\"";
}
