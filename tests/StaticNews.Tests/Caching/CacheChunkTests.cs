using StaticNews.Caching;

namespace StaticNews.Tests.Caching;

/// <summary>A chunk reads back field for field what was written, and a chunk that does not hold what is asked of it is a FormatException.</summary>
public class CacheChunkTests
{
    [Fact]
    public void Reads_back_every_kind_of_field_in_the_order_written()
    {
        var writer = new CacheChunkWriter();
        writer.Write("Æbler");
        writer.Write((string?)null);
        writer.Write("");
        writer.Write(-7);
        writer.Write(long.MaxValue);
        writer.Write((short)-120);
        writer.Write(true);
        writer.Write("Æbler");

        var reader = new CacheChunkReader(writer.ToArray());

        Assert.Equal("Æbler", reader.ReadRequiredString());
        Assert.Null(reader.ReadString());
        Assert.Equal("", reader.ReadString());
        Assert.Equal(-7, reader.ReadInt32());
        Assert.Equal(long.MaxValue, reader.ReadInt64());
        Assert.Equal(-120, reader.ReadInt16());
        Assert.True(reader.ReadBoolean());
        Assert.False(reader.AtEnd);
        Assert.Equal("Æbler", reader.ReadString());
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void A_string_written_twice_is_stored_once_and_read_as_one_object()
    {
        var once = new CacheChunkWriter();
        once.Write("Nagorno-Karabakh");
        var twice = new CacheChunkWriter();
        twice.Write("Nagorno-Karabakh");
        twice.Write("Nagorno-Karabakh");

        var reader = new CacheChunkReader(twice.ToArray());

        Assert.Equal(once.ToArray().Length + sizeof(int), twice.ToArray().Length);
        Assert.Same(reader.ReadString(), reader.ReadString());
    }

    [Fact]
    public void Asking_past_the_end_or_for_a_string_not_in_the_table_is_a_format_exception()
    {
        var writer = new CacheChunkWriter();
        writer.Write("a");
        writer.Write(5);
        var chunk = writer.ToArray();

        var reader = new CacheChunkReader(chunk);
        reader.ReadString();
        Assert.Throws<FormatException>(reader.ReadString);
        var toEnd = new CacheChunkReader(chunk);
        toEnd.ReadInt64();
        Assert.True(toEnd.AtEnd);
        Assert.Throws<FormatException>(() => toEnd.ReadBoolean());
        Assert.Throws<FormatException>(() => new CacheChunkReader(chunk[..3]));
        Assert.Throws<FormatException>(() => new CacheChunkReader(new CacheChunkWriter().ToArray()).ReadRequiredString());
    }

    [Fact]
    public void A_key_the_owner_already_holds_is_read_as_that_very_string_and_any_other_is_decoded()
    {
        var writer = new CacheChunkWriter();
        writer.Write("9f86d081884c7d65");
        writer.Write("Æbler");
        writer.Write((string?)null);
        var held = new string("9f86d081884c7d65".AsSpan());
        var reader = new CacheChunkReader(writer.ToArray());

        Assert.Same(held, reader.ReadKey(new HashSet<string>(StringComparer.Ordinal) { held, "Pærer" }));
        Assert.Equal("Æbler", reader.ReadKey(new HashSet<string>(StringComparer.Ordinal) { "Pærer" }));
        Assert.Throws<FormatException>(() => reader.ReadKey(null));
    }

    [Fact]
    public void A_string_that_may_be_missing_is_read_as_a_held_one_too_and_a_missing_one_stays_null()
    {
        var writer = new CacheChunkWriter();
        writer.Write("seeds/havnen.txt");
        writer.Write((string?)null);
        writer.Write("seeds/andet.txt");
        var held = new string("seeds/havnen.txt".AsSpan());
        var known = new HashSet<string>(StringComparer.Ordinal) { held };
        var reader = new CacheChunkReader(writer.ToArray());

        Assert.Same(held, reader.ReadString(known));
        Assert.Null(reader.ReadString(known));
        Assert.Equal("seeds/andet.txt", reader.ReadString(known));
    }
}
