using System.Globalization;
using CsCheck;
using StaticNews.Text;

namespace StaticNews.Tests.Text;

/// <summary>
/// <see cref="AlphabeticalOrder"/> is CompareOptions.IgnoreCase's order, though it compares most
/// names with kana types and widths ignored too: held here against the runtime and ICU the tests run on.
/// </summary>
public class AlphabeticalOrderTests
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da");

    [Fact]
    public void Danish_names_sort_with_AE_OE_AA_after_Z_and_case_ignored()
    {
        var names = new List<string> { "Åse", "bo", "Aarhus", "Ærø", "Anna", "Zealand", "Øster", "ANNA" };

        names.Sort(new AlphabeticalOrder(Danish));

        Assert.Equal(["Anna", "ANNA", "bo", "Zealand", "Ærø", "Øster", "Aarhus", "Åse"], names, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(0, new AlphabeticalOrder(Danish).Compare("Anna", "ANNA"));
    }

    [Theory]
    [InlineData("da")]
    [InlineData("ja")]
    public void Every_character_outside_the_kana_and_width_blocks_is_ordered_as_IgnoreCase_orders_it(string language)
    {
        // Every BMP character of no kana or width block, alone and after a letter (where Danish's
        // "aa" contraction applies), in IgnoreCase's order: the order under test must see each
        // neighbour the same way. Both being total orders, they then agree on every pair.
        var culture = CultureInfo.GetCultureInfo(language);
        var order = new AlphabeticalOrder(culture);
        var characters = Enumerable.Range(0, 0x10000).Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && !AlphabeticalOrder.HoldsKanaOrWidthForm(c.ToString())).ToList();
        foreach (var context in new[] { "", "a" })
        {
            var names = characters.Select(c => context + c).ToList();
            names.Sort((a, b) => culture.CompareInfo.Compare(a, b, CompareOptions.IgnoreCase));
            for (var i = 0; i + 1 < names.Count; i++)
            {
                var exact = Math.Sign(culture.CompareInfo.Compare(names[i], names[i + 1], CompareOptions.IgnoreCase));
                Assert.True(exact == Math.Sign(order.Compare(names[i], names[i + 1])),
                    $"U+{(int)names[i][^1]:X4} and U+{(int)names[i + 1][^1]:X4} after '{context}' in '{language}'");
            }
        }
    }

    [Fact]
    public void Names_with_kana_or_fullwidth_forms_are_ordered_as_IgnoreCase_orders_them()
    {
        // Where ignoring kana type and width would order them otherwise: a fullwidth S against
        // "ss", a katakana against its hiragana, a fullwidth letter against its own ASCII one.
        string[][] pairs = [["Ｓ", "ss"], ["カ", "か"], ["ａ", "a"], ["ｶ", "カ"], ["Ｂo", "Bo"]];
        var order = new AlphabeticalOrder(Danish);

        foreach (var pair in pairs)
            Assert.Equal(Math.Sign(Danish.CompareInfo.Compare(pair[0], pair[1], CompareOptions.IgnoreCase)), Math.Sign(order.Compare(pair[0], pair[1])));
        Assert.Contains(pairs, p => Math.Sign(Danish.CompareInfo.Compare(p[0], p[1], CompareOptions.IgnoreCase))
            != Math.Sign(Danish.CompareInfo.Compare(p[0], p[1], CompareOptions.IgnoreCase | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth)));
    }

    [Fact]
    public void Any_two_names_are_ordered_as_IgnoreCase_orders_them()
    {
        var order = new AlphabeticalOrder(Danish);
        var name = Gen.OneOf(
                Gen.Char["aAeEoOzZæÆøØåÅ -'."],
                Gen.Char['\u00C0', '\u024F'],
                Gen.Char['\u0300', '\u036F'],
                Gen.Char['\u3000', '\u30FF'],
                Gen.Char['\uFF00', '\uFFEF'],
                Gen.Char)
            .Array[0, 12].Select(chars => new string(chars));
        Gen.Select(name, name).Sample((a, b) =>
            Assert.Equal(Math.Sign(Danish.CompareInfo.Compare(a, b, CompareOptions.IgnoreCase)), Math.Sign(order.Compare(a, b))), iter: 20_000);
    }
}
