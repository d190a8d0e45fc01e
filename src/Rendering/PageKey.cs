using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using StaticNews.Rendering.Views;
using StaticNews.Site;
using StaticNews.Text;

namespace StaticNews.Rendering;

/// <summary>
/// The key of one output, hashed from the values it is made of as they come, instead of from a
/// view model serialised whole. A generator names every value its page shows (or values those
/// follow from: a term's front page follows from the term and its articles), so an unchanged
/// page is recognised before its view is built; building and serialising
/// every view just to compare keys cost more than rendering the pages that changed. Each value
/// is written with its length or a tag, so no two different sequences of values hash alike.
/// The bytes are gathered first and hashed once: a hash call per value cost more than the rest.
/// The buffer is rented and given back when the key is hashed: a build makes a key per output
/// (several per article), and buffers made new and doubled as they grew were a large share of
/// what a one-new-article build allocated. A key is used once: nothing can be added after it is hashed.
/// </summary>
public sealed class PageKey
{
    private readonly RenderContext? _context;
    private byte[]? _bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(4096);
    private int _length;

    internal PageKey(RenderContext? context, ReadOnlySpan<byte> site, string kind)
    {
        _context = context;
        Append(site);
        Add(kind);
    }

    /// <summary>
    /// A string as its UTF-16 code units, copied as they are: encoding each to UTF-8 (counted,
    /// then written) cost more than hashing twice the bytes, and a string's code units tell it
    /// apart from every other string (UTF-8 would not even do that for a lone surrogate).
    /// </summary>
    public PageKey Add(string? value)
    {
        if (value == null) return Tag(0);
        Tag(1).Add(value.Length);
        Append(MemoryMarshal.AsBytes(value.AsSpan()));
        return this;
    }

    public PageKey Add(long value)
    {
        Reserve(8);
        BinaryPrimitives.WriteInt64LittleEndian(Bytes.AsSpan(_length), value);
        _length += 8;
        return this;
    }

    public PageKey Add(bool value) => Tag(value ? (byte)1 : (byte)0);

    /// <summary>An article as any page shows it (see <see cref="RenderContext.Digest"/>).</summary>
    public PageKey Add(Article? article)
    {
        if (article == null) return Tag(0);
        Tag(1);
        Append(Context.Digests.Of(article));
        return this;
    }

    /// <summary>A list of articles, in its order.</summary>
    public PageKey Add(IReadOnlyList<Article> articles) => Add(articles, 0, articles.Count);

    /// <summary>
    /// <paramref name="count"/> articles of a list from <paramref name="start"/> (fewer where the
    /// list ends), in their order: a page of a list is keyed without a LINQ Skip and Take over it.
    /// </summary>
    public PageKey Add(IReadOnlyList<Article> articles, int start, int count)
    {
        var end = (int)Math.Min(articles.Count, Math.Max(0L, start) + Math.Max(0, count));
        start = Math.Clamp(start, 0, end);
        var context = Context;
        for (var i = start; i < end; i++) Append(context.Digests.Of(articles[i]));
        return Add(end - start);
    }

    /// <summary>A card, field by field: every field of <see cref="ArticleCardView"/> is here.</summary>
    public PageKey Add(ArticleCardView card)
    {
        Add(card.Title).Add(card.Url).Add(card.DateIso).Add(card.DateText).Add(card.Summary).Add(card.Source);
        foreach (var links in new[] { card.Locations, card.Tags, card.People, card.Organisations, card.Topics })
        {
            Add(links.Count);
            foreach (var link in links) Add(link.Name).Add(link.Url);
        }
        return this;
    }

    /// <summary>A value with no simpler form (a handful per build): as JSON.</summary>
    public PageKey AddJson(object? value)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, RenderJson.Default.Object);
        Add(json.Length);
        Append(json);
        return this;
    }

    /// <summary>The key as text (its 128 bits in lower-case hex).</summary>
    /// <remarks><see cref="HexWords"/>, not <see cref="Convert"/>'s hex, whose code a build runs unoptimised (see there); a build finishes a key per output file.</remarks>
    public string Finish()
        => string.Create(32, Hash(), static (chars, hash) => HexWords.Write([BinaryPrimitives.ReadUInt64BigEndian(hash), BinaryPrimitives.ReadUInt64BigEndian(hash.AsSpan(8))], chars));

    /// <summary>
    /// The 128-bit hash of what was added; the key cannot be used after this. XxHash128, not a
    /// cryptographic hash: a key only decides whether a page is made again, and whoever could
    /// craft two inputs alike under it writes the articles anyway, so could change the page
    /// outright. A build hashes several keys and a digest per article, and a cryptographic hash
    /// showed up in a one-new-article build's CPU samples where this one does not.
    /// </summary>
    public byte[] Hash()
    {
        var bytes = Bytes;
        var hash = XxHash128.Hash(bytes.AsSpan(0, _length));
        _bytes = null;
        System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        return hash;
    }

    private byte[] Bytes => _bytes ?? throw new InvalidOperationException("this key was hashed already");

    private RenderContext Context => _context ?? throw new InvalidOperationException("this key was made without a render context");

    private PageKey Tag(byte tag)
    {
        Reserve(1);
        Bytes[_length++] = tag;
        return this;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(Bytes.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Reserve(int more)
    {
        var bytes = Bytes;
        if (_length + more <= bytes.Length) return;
        var larger = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length * 2, _length + more));
        bytes.AsSpan(0, _length).CopyTo(larger);
        System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        _bytes = larger;
    }
}
