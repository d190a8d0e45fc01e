using System.Buffers;
namespace StaticNews.Search.IndexFormat;

/// <summary>
/// How one term's postings (ascending ids, each with its impact) are written. A short list is one
/// array, [Δid, impact, Δid, impact, …]. A long one is split by impact: its <c>head</c>, the
/// postings that score highest (ties: the newest, as the browser breaks them), stays in the term
/// shard, and the rest goes to continuation files that the browser fetches only when the head
/// cannot settle the answer. The head carries what the browser needs to know it can: the
/// document frequency (for idf) and <c>bound</c>, the highest impact left in the rest, which no
/// unread posting can beat. The rest is cut into parts of <see cref="RestPartFor"/> postings in id
/// order, each its own file and each counting its ids from 0: a new article's posting goes at the
/// end of the last part, so adding one makes that part anew and keeps the others (as one file,
/// a common word's whole rest was made and compressed again for every new article).
/// </summary>
internal static class PostingList
{
    /// <summary>The fewest postings a rest's part holds (all but the last part are full).</summary>
    public const int MinRestPart = 1024;

    /// <summary>
    /// Postings in each part of a rest of <paramref name="restCount"/>: 1,024, doubled each time
    /// the rest has grown fourfold, so a query that reads a common word's whole list fetches a
    /// number of parts that grows as the square root of the archive (at 100,000 articles about a
    /// dozen rather than a hundred), and a new posting makes a part about that size anew. It
    /// follows from the rest's length alone: a list written whole and one grown in place are cut
    /// alike, and a list that grows past a step is cut anew.
    /// </summary>
    public static int RestPartFor(int restCount)
    {
        var part = MinRestPart;
        while ((long)part * part * 4 <= (long)restCount * MinRestPart) part *= 2;
        return part;
    }

    /// <summary>The written entry: the whole list when it has at most headSize postings, else head and rest.</summary>
    public static Written Write(ReadOnlySpan<int> docs, ReadOnlySpan<byte> impacts, int headSize)
    {
        if (docs.Length <= headSize) return new Written(Encode(docs, impacts, null), null, null, docs.Length == 0 ? 0 : docs[^1]);

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

        var (names, parts) = RestParts(docs, impacts, inHead, RestPartFor(docs.Length - headSize));
        using var head = new Writer(headSize * 16 + 80 + names.Length * 20);
        head.Ascii(Prefix(docs.Length, bound, names));
        Encode(head, docs, impacts, inHead);
        head.Ascii("}");
        ArrayPool<bool>.Shared.Return(inHead);
        return new Written(head.ToArray(), names, parts, lastInRest);
    }

    /// <summary>A split entry up to its head's array: {"df":…,"bound":…,"rest":["name",…],"head":</summary>
    public static string Prefix(int count, int bound, IReadOnlyList<string> restNames)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{{\"df\":{count},\"bound\":{bound},\"rest\":[\"{string.Join("\",\"", restNames)}\"],\"head\":");

    /// <summary>The postings not in the head, in parts of <paramref name="part"/>, each its own array counting ids from 0, with their names.</summary>
    private static (string[] Names, ReadOnlyMemory<byte>[] Parts) RestParts(ReadOnlySpan<int> docs, ReadOnlySpan<byte> impacts, bool[] inHead, int part)
    {
        var parts = new List<byte[]>();
        using var writer = new Writer(part * 16 + 2);
        var inPart = 0;
        var previous = 0;
        for (var i = 0; i < docs.Length; i++)
        {
            if (inHead[i]) continue;
            writer.Byte(inPart == 0 ? (byte)'[' : (byte)',');
            writer.Pair(docs[i] - previous, impacts[i]);
            previous = docs[i];
            if (++inPart < part) continue;
            writer.Byte((byte)']');
            parts.Add(writer.TakeArray());
            (inPart, previous) = (0, 0);
        }
        if (inPart > 0)
        {
            writer.Byte((byte)']');
            parts.Add(writer.TakeArray());
        }
        var names = new string[parts.Count];
        var memory = new ReadOnlyMemory<byte>[parts.Count];
        for (var p = 0; p < parts.Count; p++) (names[p], memory[p]) = (SearchIndexFiles.NameOf(parts[p]), parts[p]);
        return (names, memory);
    }

    /// <summary>The postings marked in <paramref name="inHead"/> (all when there are no marks), delta-coded so the numbers stay short.</summary>
    private static byte[] Encode(ReadOnlySpan<int> docs, ReadOnlySpan<byte> impacts, bool[]? inHead)
    {
        using var writer = new Writer(docs.Length * 16 + 2);
        Encode(writer, docs, impacts, inHead);
        return writer.ToArray();
    }

    private static void Encode(Writer writer, ReadOnlySpan<int> docs, ReadOnlySpan<byte> impacts, bool[]? inHead)
    {
        writer.Byte((byte)'[');
        var previous = 0;
        var first = true;
        for (var i = 0; i < docs.Length; i++)
        {
            if (inHead != null && !inHead[i]) continue;
            if (!first) writer.Byte((byte)',');
            first = false;
            writer.Pair(docs[i] - previous, impacts[i]);
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

        /// <summary>One posting: its id's step from the one before, a comma, its impact.</summary>
        public void Pair(int delta, int impact)
        {
            Number(delta);
            Byte((byte)',');
            Number(impact);
        }

        public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

        /// <summary>What was written, and the writer emptied for the next array.</summary>
        public byte[] TakeArray()
        {
            var bytes = ToArray();
            _length = 0;
            return bytes;
        }
    }

    /// <summary>
    /// The shard entry, and for a split list the names (content hashes) and bytes of its rest's parts;
    /// the last id of the rest (of the whole list when it is not split), where new postings go on.
    /// </summary>
    public sealed record Written(byte[] Entry, string[]? RestNames, ReadOnlyMemory<byte>[]? RestParts, int LastInRest);
}
