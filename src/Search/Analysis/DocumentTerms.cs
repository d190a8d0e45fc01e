namespace StaticNews.Search.Analysis;

/// <summary>
/// One document's terms and, per term, how often it occurs in each field, plus each field's
/// length in terms: all that ranking needs of the text. The per-field counts of a term are one
/// number (<see cref="BitsPerField"/> bits a field, capped); every document's terms are held until
/// the index is made, so they are kept packed in one byte array (<see cref="Entries"/>): per term
/// its id, then which fields hold it and their counts, in a few bytes where a plain id and number
/// took twelve.
/// </summary>
public sealed class DocumentTerms
{
    public const int BitsPerField = 12;
    private const int MaxCount = (1 << BitsPerField) - 1;
    private const int MaxFields = 5;

    private readonly byte[] _packed;

    private DocumentTerms(int[] lengths, byte[] packed, int count)
    {
        Lengths = lengths;
        _packed = packed;
        TermCount = count;
    }

    /// <summary>Each field's length in terms.</summary>
    public int[] Lengths { get; }

    /// <summary>How many distinct terms the document holds.</summary>
    public int TermCount { get; }

    /// <summary>How many bytes the packed entries take.</summary>
    internal int PackedBytes => _packed.Length;

    /// <summary>The document's terms in the order they were given, each with its packed per-field counts.</summary>
    public Enumerator Entries => new(_packed);

    /// <summary>Terms with their packed counts (as <see cref="CountedTerm.Counts"/>), in the order given.</summary>
    public static DocumentTerms Of(int[] lengths, ReadOnlySpan<int> termIds, ReadOnlySpan<ulong> counts)
    {
        if (lengths.Length > MaxFields) throw new ArgumentException("too many fields to pack", nameof(lengths));
        var length = 0;
        for (var t = 0; t < termIds.Length; t++) length = Pack(length, termIds[t], counts[t]);
        return new DocumentTerms(lengths, Packed(length), termIds.Length);
    }

    public static DocumentTerms Count(SearchDocument document, IReadOnlyList<SearchField> fields, TermTable terms)
    {
        if (fields.Count > MaxFields) throw new ArgumentException("too many fields to pack", nameof(fields));
        var lengths = new int[fields.Count];
        // The thread's table, emptied: one made per document grew by doubling to its few hundred terms, then was dropped.
        var counts = t_counts ??= new Dictionary<string, ulong>(StringComparer.Ordinal);
        counts.Clear();
        for (var f = 0; f < fields.Count; f++)
        {
            var shift = f * BitsPerField;
            foreach (var term in SearchTokenizer.Terms(fields[f].TextOf(document)))
            {
                lengths[f]++;
                var packed = counts.GetValueOrDefault(term);
                if ((int)((packed >> shift) & MaxCount) < MaxCount) counts[term] = packed + (1UL << shift);
            }
        }
        var length = 0;
        foreach (var (term, packed) in counts) length = Pack(length, terms.IdOf(term), packed);
        var count = counts.Count;
        if (count > MaxKeptTerms) t_counts = null;
        return new DocumentTerms(lengths, Packed(length), count);
    }

    // An entry: the term id (7 bits a byte); a byte whose low five bits say which fields hold the
    // term and whose high three the first such field's count (1 to 7, or 0 when more, which then
    // follows, less 8, 7 bits a byte); then each other field's count less one, 7 bits a byte.
    private const int MaxEntryBytes = 5 + 1 + MaxFields * 2;

    /// <summary>Packs an entry into the thread's buffer at <paramref name="at"/>; returns where it ends.</summary>
    private static int Pack(int at, int termId, ulong counts)
    {
        var buffer = t_buffer ??= new byte[1 << 12];
        if (buffer.Length - at < MaxEntryBytes)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
            t_buffer = buffer;
        }
        at = Write(buffer, at, (uint)termId);
        var mask = 0;
        for (var f = 0; f < MaxFields; f++)
            if (Field(counts, f) != 0) mask |= 1 << f;
        if (mask == 0)
        {
            buffer[at++] = 0;
            return at;
        }
        var first = System.Numerics.BitOperations.TrailingZeroCount(mask);
        var count = Field(counts, first);
        buffer[at++] = (byte)(mask | (count <= 7 ? count << 5 : 0));
        if (count > 7) at = Write(buffer, at, (uint)(count - 8));
        for (var f = first + 1; f < MaxFields; f++)
            if ((mask & (1 << f)) != 0) at = Write(buffer, at, (uint)(Field(counts, f) - 1));
        return at;
    }

    /// <summary>The first <paramref name="length"/> bytes of the thread's buffer, as the document's own array.</summary>
    private static byte[] Packed(int length)
    {
        if (length == 0) return [];
        var buffer = t_buffer!;
        if (buffer.Length > MaxKeptBuffer) t_buffer = null;
        return buffer.AsSpan(0, length).ToArray();
    }

    private static int Field(ulong counts, int field) => (int)((counts >> (field * BitsPerField)) & MaxCount);

    private static int Write(byte[] buffer, int at, uint value)
    {
        while (value >= 0x80)
        {
            buffer[at++] = (byte)(value | 0x80);
            value >>= 7;
        }
        buffer[at++] = (byte)value;
        return at;
    }

    /// <summary>Reads the packed entries one by one.</summary>
    public struct Enumerator(byte[] packed)
    {
        private int _at;

        public CountedTerm Current { get; private set; }

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_at >= packed.Length) return false;
            var id = (int)Read();
            int head = packed[_at++];
            var mask = head & 0x1f;
            ulong counts = 0;
            if (mask != 0)
            {
                var first = System.Numerics.BitOperations.TrailingZeroCount(mask);
                var count = head >> 5;
                if (count == 0) count = (int)Read() + 8;
                counts |= (ulong)count << (first * BitsPerField);
                for (var f = first + 1; f < MaxFields; f++)
                    if ((mask & (1 << f)) != 0) counts |= (Read() + 1UL) << (f * BitsPerField);
            }
            Current = new CountedTerm(id, counts);
            return true;
        }

        private uint Read()
        {
            uint value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = packed[_at++];
                value |= (uint)(b & 0x7f) << shift;
                if (b < 0x80) return value;
            }
        }
    }

    private const int MaxKeptTerms = 1 << 16;
    private const int MaxKeptBuffer = 1 << 20;
    [ThreadStatic] private static Dictionary<string, ulong>? t_counts;
    [ThreadStatic] private static byte[]? t_buffer;
}
