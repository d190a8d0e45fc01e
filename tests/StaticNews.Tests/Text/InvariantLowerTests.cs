using CsCheck;
using StaticNews.Text;

namespace StaticNews.Tests.Text;

public class InvariantLowerTests
{
    [Fact]
    public void Danish_and_other_european_letters_are_lowered_as_the_framework_lowers_them()
    {
        foreach (var text in new[] { "ÆBLEØ ÅRHUS", "København", "İstanbul", "ΑΘΗΝΑ", "МОСКВА", "ǅemal", "KØGE-BUGT", "ångström Å" })
            Assert.Equal(text.ToLowerInvariant(), InvariantLower.Of(text));
    }

    [Fact]
    public void Text_already_in_lower_case_is_returned_as_it_is()
    {
        var text = "allerede små bogstaver";
        Assert.Same(text, InvariantLower.Of(text));
    }

    [Fact]
    public void Any_text_is_lowered_exactly_as_ToLowerInvariant_lowers_it()
        => Gen.Char.Array[0, 40].Select(c => new string(c)).Sample(text =>
        {
            Assert.Equal(text.ToLowerInvariant(), InvariantLower.Of(text));
            var buffer = new char[text.Length + 3];
            var written = InvariantLower.Into(text, buffer);
            Assert.Equal(text.ToLowerInvariant(), new string(buffer, 0, written));
        });

    [Fact]
    public void Every_character_of_the_table_is_lowered_as_the_framework_lowers_it()
    {
        var all = new string(Enumerable.Range(0, InvariantLower.Covered).Select(c => (char)c).ToArray());
        Assert.Equal(all.ToLowerInvariant(), InvariantLower.Of(all));
    }
}
