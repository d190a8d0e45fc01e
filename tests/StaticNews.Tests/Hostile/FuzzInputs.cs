using System.Text;
using CsCheck;

namespace StaticNews.Tests.Hostile;

/// <summary>
/// Generators of hostile input files for <see cref="FuzzTests"/>: random bytes, real seeds and
/// articles mutated byte by byte, Markdown syntax soup, nesting thousands deep, control
/// characters, huge lines, and all of it in UTF-8, UTF-8 with a BOM, UTF-16 with and without a
/// BOM, Windows-1252 and Latin-1.
/// </summary>
internal static class FuzzInputs
{
    /// <summary>One file to put in the site: a seed (input/seeds/) or a Markdown article (input/articles/).</summary>
    public sealed record Input(bool IsSeed, byte[] Bytes);

    private static readonly string[] Soup =
    [
        "*", "**", "_", "__", "~~", "[", "]", "(", ")", "![", "](", "`", "```", "\n> ", "\n- ", "\n1. ", "\n# ", "\n    ", "|", " | ", "\n|---|---|\n",
        "\n", "\n\n", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&#27;", "&#x0;", "&#xFFFF;", "&#x85;", "&#xD800;", "&amp;", "\\", "{{ site.title }}",
        "{% for x in (1..9) %}", "---", "\t", "æøå", "ÆØÅ", "東京", "😀", "http://x.dk/a_b", "javascript:alert(1)", "<http://a.dk>", "[a]: http://b.dk", "[a][]",
        "\u001b[31m", "\u0007", "\u000b", "\u000c", "\u0000", "\u007f", "\u0085", "\u0096", "\u009f", "\uFFFF", "\uFFFE", "\uFDD0", "\uD800", "\uDC00", "\u200B", "\u2028", "\u202E",
        "\r", "\r\n", "1)", "***", "===", "<!--", "-->", "\"", "'", ":", " ", "  ", "ord", "Byrådet i Vejle mødtes i går.", "Aarhus", "Ritzau", "/ritzau/",
        "04 januar 2010 kl. 08.50", "- ", "> ", "1. ", "#", "+", "\\*", "\\[", "%", "€",
    ];

    private static readonly string[] Units = [">", "> ", "- ", "* ", "1. ", "> - ", "[", "](", "(", "*", "_", "~", "`", "*a ", "_a ", "[a", "|", "<", "&", "\\", "**a ", "![", "#"];

    private static readonly Gen<string> SyntaxSoup = Gen.Int[0, Soup.Length - 1].Array[0, 400].Select(ix => string.Concat(ix.Select(i => Soup[i])));

    private static readonly Gen<string> DeepNesting = Gen.Select(Gen.Int[0, Units.Length - 1], Gen.Int[1, 6000], Gen.Bool,
        (unit, count, closed) => string.Concat(Enumerable.Repeat(Units[unit], count)) + " midt" + (closed ? string.Concat(Enumerable.Repeat(Closing(Units[unit]), count)) : ""));

    private static readonly Gen<string> IndentedList = Gen.Select(Gen.Int[1, 300], Gen.Int[1, 4],
        (depth, step) => string.Join("\n", Enumerable.Range(0, depth).Select(d => new string(' ', step * d) + (d % 3 == 0 ? "1. " : "- ") + "niveau " + d)));

    private static readonly Gen<string> HugeLine = Gen.Select(Gen.Int[10_000, 100_000], Gen.Int[0, Soup.Length - 1],
        (length, i) => string.Concat(Enumerable.Repeat("ord " + Soup[i], length / (4 + Soup[i].Length))));

    private static readonly Gen<string> AnyCharacters = Gen.Char.Array[0, 600].Select(c => new string(c));

    /// <summary>Text of every hostile kind (the body of a seed or an article).</summary>
    public static readonly Gen<string> Text = Gen.Frequency((5, SyntaxSoup), (2, DeepNesting), (1, IndentedList), (1, HugeLine), (2, AnyCharacters));

    private static string Closing(string unit) => unit switch
    {
        "[" or "[a" => "]",
        "(" => ")",
        "](" => ")",
        "![" => "]",
        "*a " => "a* ",
        "_a " => "a_ ",
        "**a " => "a** ",
        _ => unit,
    };

    private static readonly byte[][] RealSeeds = Directory.GetFiles(RepoPaths.Fixture("seeds")).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    private static readonly byte[][] RealArticles = Directory.GetFiles(RepoPaths.Fixture("hostile", "articles"))
        .Concat(Directory.GetFiles(Path.Combine(RepoPaths.SampleInput, "articles"))).Order(StringComparer.Ordinal).Take(40).Select(File.ReadAllBytes).ToArray();

    static FuzzInputs() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A text as the bytes of a file in one of the encodings archives hold.</summary>
    private static byte[] Encode(string text, int encoding) => encoding switch
    {
        0 => Encoding.UTF8.GetBytes(text),
        1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        2 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        3 => Encoding.Unicode.GetBytes(text),
        4 => Encoding.GetEncoding(1252).GetBytes(text),
        5 => Encoding.Latin1.GetBytes(text),
        _ => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
    };

    private static readonly Gen<int> AnEncoding = Gen.Frequency((6, Gen.Const(0)), (1, Gen.Int[1, 6]));

    /// <summary>Bytes changed at random: flipped, removed, repeated, a control character or a piece of soup put in, cut short.</summary>
    private static byte[] Mutate(byte[] original, int[] operations)
    {
        var bytes = new List<byte>(original);
        foreach (var op in operations)
        {
            var at = bytes.Count == 0 ? 0 : (op >>> 4) % bytes.Count;
            switch (op & 7)
            {
                case 0 when bytes.Count > 0: bytes[at] ^= (byte)(1 << (op >>> 8 & 7)); break;
                case 1 when bytes.Count > 0: bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + (op >>> 8 & 31))); break;
                case 2: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Soup[(op >>> 8) % Soup.Length])); break;
                case 3: bytes.Insert(at, (byte)(op >>> 8 & 0x1F)); break;
                case 4 when bytes.Count > 0: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, 1 + (op >>> 8 & 255)))); break;
                case 5: bytes.Insert(at, (byte)(0x80 + (op >>> 8 & 0x1F))); break;
                case 6 when bytes.Count > 0: bytes.RemoveRange(at, bytes.Count - at); break;
                default: bytes.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Units[(op >>> 8) % Units.Length], 1 + (op >>> 16 & 1023))))); break;
            }
        }
        return [.. bytes];
    }

    private static readonly Gen<int[]> Mutations = Gen.Int.Array[1, 12];

    private static readonly Gen<string> Title = Gen.Frequency((3, Gen.Const("Byrådet i Vejle mødtes")), (2, SyntaxSoup), (1, AnyCharacters));

    /// <summary>A YAML double-quoted scalar of any text, with escapes for what needs one (and so YAML's own \e, \x1b … for control characters).</summary>
    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text.Length > 300 ? text[..300] : text)
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' or '\u007f' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        return quoted.Append('"').ToString();
    }

    private static readonly Gen<string> FrontMatter = Gen.Select(Title, Gen.Bool, Gen.Int[1, 2999], Gen.Int[0, Soup.Length - 1].Array[0, 4], Title,
        (title, quoted, year, tags, summary) =>
            $"---\ntitle: {(quoted ? Quoted(title) : title.Replace('\n', ' '))}\ndate: {year:D4}-03-05T10:00:00+01:00\nsummary: {Quoted(summary)}\n"
            + $"tags: [{string.Join(", ", tags.Select(t => Quoted(Soup[t])))}]\nlocations: [{Quoted(title)}]\n---\n\n");

    private static readonly Gen<Input> Seed = Gen.Frequency(
        (4, Gen.Select(Text, AnEncoding, (text, encoding) => new Input(true, Encode("Overskrift på en nyhed\n\n" + text, encoding)))),
        (2, Gen.Select(Gen.Int[0, RealSeeds.Length - 1], Mutations, (s, ops) => new Input(true, Mutate(RealSeeds[s], ops)))),
        (1, Gen.Byte.Array[0, 2000].Select(bytes => new Input(true, bytes))));

    private static readonly Gen<Input> Article = Gen.Frequency(
        (5, Gen.Select(FrontMatter, Text, AnEncoding, (front, body, encoding) => new Input(false, Encode(front + body, encoding)))),
        (2, Gen.Select(Gen.Int[0, RealArticles.Length - 1], Mutations, (a, ops) => new Input(false, Mutate(RealArticles[a], ops)))),
        (1, Gen.Byte.Array[0, 2000].Select(bytes => new Input(false, bytes))));

    /// <summary>One input of any kind: a third seeds, two thirds Markdown articles (which reach render without ingest's escaping).</summary>
    public static readonly Gen<Input> Any = Gen.Frequency((1, Seed), (2, Article));
}
