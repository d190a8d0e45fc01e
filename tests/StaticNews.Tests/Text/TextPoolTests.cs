using StaticNews.Text;

namespace StaticNews.Tests.Text;

public class TextPoolTests
{
    [Fact]
    public void Equal_texts_met_as_spans_share_one_string()
    {
        var pool = new TextPool();
        var row = "Aarhus\tdk\tÅrhus\tdk".AsSpan();

        var first = pool.Get(row.Slice(7, 2));
        var second = pool.Get(row.Slice(row.Length - 2));

        Assert.Equal("dk", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Different_texts_are_different_strings_and_the_empty_text_is_one_too()
    {
        var pool = new TextPool();

        Assert.Equal("top", pool.Get("top"));
        Assert.Equal("cog,top", pool.Get("cog,top"));
        Assert.Equal("", pool.Get(""));
        Assert.Same(pool.Get("cog,top".AsSpan()), pool.Get("cog,top".AsSpan()));
    }
}
