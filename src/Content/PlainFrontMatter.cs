namespace StaticNews.Content;

/// <summary>
/// Front matter read without a YAML parser where it is written the way ingest writes it: one
/// <c>key: value</c> line per known key, each value a plain word-led scalar or a one-line
/// <c>[a, b]</c> list of them, and whole-line comments. Loading a large archive spent most of its
/// time in the YAML parser on exactly that. Anything else (quoting, multi-line values, unknown or
/// repeated keys, a value YAML reads as null or as something other than text, anchors) gets null,
/// and the caller reads the text as YAML as before; what this reads from text it accepts is what
/// the YAML deserialiser reads from it (the tests compare the two).
/// </summary>
public static class PlainFrontMatter
{
    public static FrontMatterDocument? TryRead(string yaml)
    {
        var document = new FrontMatterDocument();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var at = 0;
        while (at < yaml.Length)
        {
            var end = yaml.IndexOf('\n', at);
            if (end < 0) end = yaml.Length;
            var line = yaml.AsSpan(at, end - at);
            at = end + 1;
            if (line.Length > 0 && line[0] == '#') continue;
            var colon = line.IndexOf(": ");
            if (colon <= 0) return null;
            var key = line[..colon];
            foreach (var c in key)
                if (c is not (>= 'a' and <= 'z' or '_')) return null;
            var name = key.ToString();
            if (!seen.Add(name)) return null;
            var value = line[(colon + 2)..];
            if (!Set(document, name, value)) return null;
        }
        // Comments alone are no mapping: YAML reads no document at all.
        return seen.Count > 0 ? document : null;
    }

    private static bool Set(FrontMatterDocument document, string key, ReadOnlySpan<char> value)
    {
        switch (key)
        {
            case "locations": return List(value, out var locations) && (document.Locations = locations) != null;
            case "people": return List(value, out var people) && (document.People = people) != null;
            case "organisations": return List(value, out var organisations) && (document.Organisations = organisations) != null;
            case "tags": return List(value, out var tags) && (document.Tags = tags) != null;
            case "draft":
                if (value.SequenceEqual("true")) document.Draft = true;
                else if (value.SequenceEqual("false")) document.Draft = false;
                else return false;
                return true;
        }
        if (!IsPlain(value, inList: false)) return false;
        var text = value.ToString();
        switch (key)
        {
            case "title": document.Title = text; break;
            case "date": document.Date = text; break;
            case "date_source": document.DateSource = text; break;
            case "slug": document.Slug = text; break;
            case "summary": document.Summary = text; break;
            case "source": document.Source = text; break;
            case "language": document.Language = text; break;
            case "seed": document.Seed = text; break;
            case "seed_hash": document.SeedHash = text; break;
            case "generated_hash": document.GeneratedHash = text; break;
            default: return false;
        }
        return true;
    }

    private static bool List(ReadOnlySpan<char> value, out List<string>? items)
    {
        items = null;
        if (value.Length < 2 || value[0] != '[' || value[^1] != ']') return false;
        var inside = value[1..^1];
        items = [];
        if (inside.IsEmpty) return true;
        foreach (var range in inside.Split(','))
        {
            var item = inside[range];
            // Items are ", "-separated, the first directly after the bracket, the last directly before it.
            if (range.Start.Value > 0)
            {
                if (item.IsEmpty || item[0] != ' ') return false;
                item = item[1..];
            }
            if (!IsPlain(item, inList: true)) return false;
            items.Add(item.ToString());
        }
        return true;
    }

    /// <summary>
    /// A plain scalar that YAML reads as exactly its text: led by a letter or digit, ending in no
    /// space or colon, with no comment (" #"), mapping (": ") or, in a list, flow character in it,
    /// no control character, and none of the words YAML reads as null.
    /// </summary>
    private static bool IsPlain(ReadOnlySpan<char> value, bool inList)
    {
        if (value.IsEmpty || !char.IsLetterOrDigit(value[0]) || char.IsWhiteSpace(value[^1]) || value[^1] == ':') return false;
        if (value.SequenceEqual("null") || value.SequenceEqual("Null") || value.SequenceEqual("NULL")) return false;
        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal)) return false;
        foreach (var c in value)
        {
            if (char.IsControl(c) || c is '\t' or '\uFEFF' or '\u0085' or '\u2028' or '\u2029' || char.IsSurrogate(c)) return false;
            if (inList && c is ',' or '[' or ']' or '{' or '}') return false;
        }
        return true;
    }
}
