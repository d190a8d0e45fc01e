using System.Buffers;
namespace StaticNews.Search.IndexFormat;

/// <summary>
/// How one term's postings (ascending ids, each with its impact) are written. A short list is one
/// array, [Δid, impact, Δid, impact, …]. A long one is split by impact: its <c>head</c>, the
/// postings that score highest (ties: the newest, as the browser breaks them), stays in the term
/// shard, and the rest goes to a continuation file of its own that the browser fetches only when
/// the head cannot settle the answer. The head carries what the browser needs to know it can: the
/// document frequency (for idf) and <c>bound</c>, the highest impact left in the rest, which no
/// unread posting can beat.
/// </summary>
internal static class PostingList
{
    /// <summary>The written entry: the whole list when it has at most headSize postings, else head and rest.</summary>
    public static Written Write(ReadOnlySpan<int> docs, ReadOnlySpan<byte> impacts, int headSize)
    {
        if (docs.Length <= headSize) return new Written(Encode(docs, impacts, null, true), null, null, docs.Length == 0 ? 0 : docs[^1]);

        // The head is the top headSize by (impact, id), both descending: every posting above a
        // threshold impact, and of those at the threshold the newest. Impacts are bytes, so a
        // count per impact finds the threshold without sorting.
        var counts = new int[256];
        foreach (var impact in impacts) counts[impact]++;
        var threshold = 255;
        var above = 0;
        while (above + counts[threshold] < headSize) above += counts[threshold--];
        var atThreshold = headSize - above;
        var inHead = ArrayPool<bool>.Shared.Rent(docs.Length);
        byte bound = 0;
        var lastInRest = -1;
        for (var i = docs.Length - 1; i >= 0; i--)
        {
            inHead[i] = impacts[i] > threshold || (impacts[i] == threshold && atThreshold-- > 0);
            if (inHead[i]) continue;
            if (impacts[i] > bound) bound = impacts[i];
            if (lastInRest < 0) lastInRest = docs[i];
        }

        var rest = Encode(docs, impacts, inHead, false);
        var restName = SearchIndexFiles.NameOf(rest);
        using var head = new Writer(headSize * 16 + 80);
        head.Ascii("{\"df\":");
        head.Number(docs.Length);
        head.Ascii(",\"bound\":");
        head.Number(bound);
        head.Ascii(",\"rest\":\"");
        head.Ascii(restName);
        head.Ascii("\",\"head\":");
        Encode(head, docs, impacts, inHead, true);
        head.Ascii("}");
        ArrayPool<bool>.Shared.Return(inHead);
        return new Written(head.ToArray(), restName, rest, lastInRest);
    }

    /// <summary>The postings whose mark is <paramref name="kept"/> (all when there are no marks), delta-coded so the numbers stay short.</summary>
    private static byte[] Encode(ReadOnlySpan<int> docs, ReadOnlySpan<byte> impacts, bool[]? marks, bool kept)
    {
        using var writer = new Writer(docs.Length * 16 + 2);
        Encode(writer, docs, impacts, marks, kept);
        return writer.ToArray();
    }

    private static void Encode(Writer writer, ReadOnlySpan<int> docs, ReadOnlySpan<byte> impacts, bool[]? marks, bool kept)
    {
        writer.Byte((byte)'[');
        var previous = 0;
        var first = true;
        for (var i = 0; i < docs.Length; i++)
        {
            if (marks != null && marks[i] != kept) continue;
            if (!first) writer.Byte((byte)',');
            first = false;
            writer.Number(docs[i] - previous);
            writer.Byte((byte)',');
            writer.Number(impacts[i]);
            previous = docs[i];
        }
        writer.Byte((byte)']');
    }

    /// <summary>
    /// Bytes into a buffer big enough from the start (rented: a long list's would be a large object,
    /// and large objects bring on full collections): numbers as JSON writes them, ASCII text.
    /// </summary>
    private sealed class Writer(int capacity) : IDisposable
    {
        private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(capacity);
        private int _length;

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

        public void Byte(byte value) => _buffer[_length++] = value;

        public void Ascii(string text)
        {
            foreach (var c in text) _buffer[_length++] = (byte)c;
        }

        /// <summary>A whole number ≥ 0 in decimal (ids only grow, impacts are positive).</summary>
        public void Number(int value)
        {
            if (value < 10)
            {
                _buffer[_length++] = (byte)('0' + value);
                return;
            }
            var digits = 1;
            for (var rest = value; rest >= 10; rest /= 10) digits++;
            var end = _length + digits;
            for (var at = end - 1; at >= _length; at--)
            {
                _buffer[at] = (byte)('0' + value % 10);
                value /= 10;
            }
            _length = end;
        }

        public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();
    }

    /// <summary>
    /// The shard entry, and for a split list the continuation's name (its content hash) and content;
    /// the last id of the rest (of the whole list when it is not split), where new postings go on.
    /// </summary>
    public sealed record Written(byte[] Entry, string? RestName, byte[]? Rest, int LastInRest);
}
