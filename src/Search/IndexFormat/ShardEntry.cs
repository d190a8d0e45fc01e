using System.Buffers;
using System.Buffers.Text;

namespace StaticNews.Search.IndexFormat;

/// <summary>
/// One key of the index as a shard holds it: a term, or a filter such as "~location:armenien".
/// <see cref="Value"/> is what the shard file holds for it; a long posting list's rest is
/// <see cref="RestParts"/>, the bytes of its continuation files (see <see cref="PostingList"/>),
/// named <see cref="RestNames"/>. Together they are the whole posting list, which is read back
/// from them when the entry changes: the store keeps exactly these bytes.
/// </summary>
internal sealed class ShardEntry(string key, bool isFilter, string? label, int count, ReadOnlyMemory<byte> value, string[]? restNames, ReadOnlyMemory<byte>[] restParts, int lastInRest)
{
    public string Key { get; } = key;
    public bool IsFilter { get; } = isFilter;

    /// <summary>A filter's label (what the reader sees); null for a term.</summary>
    public string? Label { get; } = label;

    /// <summary>How many documents: the term's document frequency, or the filter's documents.</summary>
    public int Count { get; } = count;

    public ReadOnlyMemory<byte> Value { get; } = value;
    /// <summary>The names of the rest's parts, in id order; null when the list is whole in <see cref="Value"/>.</summary>
    public string[]? RestNames { get; } = restNames;

    /// <summary>The rest's parts' bytes, one per name (none when the list is whole in <see cref="Value"/>).</summary>
    public ReadOnlyMemory<byte>[] RestParts { get; } = restParts;

    /// <summary>True when the list is split into a head and a rest.</summary>
    public bool IsSplit => RestNames != null;

    /// <summary>The bytes of the rest's parts together.</summary>
    public int RestLength
    {
        get
        {
            var length = 0;
            foreach (var part in RestParts) length += part.Length;
            return length;
        }
    }

    /// <summary>A term's last id in its rest, or in its whole list when it is not split: where new postings go on.</summary>
    public int LastInRest { get; } = lastInRest;

    public long Size => ShardCut.SizeOf(Key, Value.Length);

    /// <summary>A term's entry from its postings.</summary>
    public static ShardEntry Term(string key, ReadOnlySpan<int> docs, ReadOnlySpan<byte> impacts, int headSize)
    {
        var written = PostingList.Write(docs, impacts, headSize);
        return new ShardEntry(key, false, null, docs.Length, written.Entry, written.RestNames, written.RestParts ?? [], written.LastInRest);
    }

    /// <summary>A filter's entry: its label and documents.</summary>
    public static ShardEntry Filter(string key, string label, IReadOnlyList<int> docs)
    {
        var value = SearchJson.Bytes(w =>
        {
            w.WriteStartArray();
            w.WriteStringValue(label);
            var last = 0;
            foreach (var d in docs)
            {
                w.WriteNumberValue(d - last);
                last = d;
            }
            w.WriteEndArray();
        });
        return new ShardEntry(key, true, label, docs.Count, value, null, [], docs.Count == 0 ? 0 : docs[^1]);
    }

    /// <summary>A term's postings, ids ascending.</summary>
    public (int[] Docs, byte[] Impacts) Postings()
    {
        var docs = new int[Count];
        var impacts = new byte[Count];
        PostingsInto(docs, impacts);
        return (docs, impacts);
    }

    /// <summary>A term's postings, ids ascending, into the first <see cref="Count"/> places of the arrays given: its head and rest merged.</summary>
    public void PostingsInto(int[] docs, byte[] impacts)
    {
        if (!IsSplit)
        {
            if (ReadPairs(Value.Span, docs, impacts) != Count) throw new InvalidDataException($"the entry of '{Key}' does not hold its postings");
            return;
        }
        var headArray = Head(Value.Span);
        var headDocs = ArrayPool<int>.Shared.Rent(Count);
        var headImpacts = ArrayPool<byte>.Shared.Rent(Count);
        var restDocs = ArrayPool<int>.Shared.Rent(Count);
        var restImpacts = ArrayPool<byte>.Shared.Rent(Count);
        var inHead = ReadPairs(headArray, headDocs, headImpacts);
        var inRest = 0;
        foreach (var part in RestParts) inRest += ReadPairs(part.Span, restDocs.AsSpan(inRest), restImpacts.AsSpan(inRest));
        if (inHead + inRest != Count) throw new InvalidDataException($"the entry of '{Key}' does not hold its postings");
        for (int i = 0, h = 0, r = 0; i < Count; i++)
        {
            var fromHead = r == inRest || (h < inHead && headDocs[h] < restDocs[r]);
            docs[i] = fromHead ? headDocs[h] : restDocs[r];
            impacts[i] = fromHead ? headImpacts[h++] : restImpacts[r++];
        }
        ArrayPool<int>.Shared.Return(headDocs);
        ArrayPool<byte>.Shared.Return(headImpacts);
        ArrayPool<int>.Shared.Return(restDocs);
        ArrayPool<byte>.Shared.Return(restImpacts);
    }

    /// <summary>A filter's documents, ascending.</summary>
    public int[] Documents()
    {
        var span = Value.Span;
        // ["label",Δ,Δ,…]: past the label's string (escapes included) to the numbers.
        var at = 2;
        while (span[at] != (byte)'"') at += span[at] == (byte)'\\' ? 2 : 1;
        at++;
        var docs = new int[Count];
        var id = 0;
        for (var i = 0; i < Count; i++)
        {
            at++; // the comma before each number
            id += ReadNumber(span, ref at);
            docs[i] = id;
        }
        if (span[at] != (byte)']') throw new InvalidDataException($"the entry of '{Key}' does not hold its documents");
        return docs;
    }

    /// <summary>
    /// This term's entry with postings added whose ids are all higher than any it has (new
    /// articles), made by extending its bytes rather than writing them anew: the bytes
    /// <see cref="Term"/> gives for the whole list. Null when that is not how the list changes: a
    /// new posting would enter a split list's head (pushing one of its postings into the middle of
    /// the rest), or the list grows past the head and is split for the first time.
    /// </summary>
    public ShardEntry? Appended(IReadOnlyList<int> docs, IReadOnlyList<int> impacts, int headSize)
    {
        if (docs.Count == 0 || docs.Count > 64 || IsFilter) return null;
        var value = Value.Span;
        if (!IsSplit)
        {
            if (Count + docs.Count > headSize) return null;
            var tail = new byte[docs.Count * 16];
            var tailLength = Pairs(tail, docs, impacts, LastInRest);
            // [… , Δ, impact] with the new pairs before the closing bracket.
            var whole = new byte[value.Length + tailLength - (Count == 0 ? 1 : 0)];
            value[..^1].CopyTo(whole);
            tail.AsSpan((Count == 0 ? 1 : 0)..tailLength).CopyTo(whole.AsSpan(value.Length - 1));
            whole[^1] = (byte)']';
            return new ShardEntry(Key, false, null, Count + docs.Count, whole, null, [], docs[^1]);
        }

        // The head keeps its postings only if every new one ranks below its weakest (an equal
        // impact is not enough: the newer posting wins the tie).
        var head = Head(value);
        var weakest = Weakest(head);
        var bound = Number(value, "\"bound\":"u8);
        for (var i = 0; i < docs.Count; i++)
        {
            if (impacts[i] >= weakest) return null;
            bound = Math.Max(bound, impacts[i]);
        }
        // Parts as long as the whole list's would be: past a step in their length the rest is cut anew.
        var restBefore = Count - headSize;
        var part = PostingList.RestPartFor(restBefore + docs.Count);
        if (part != PostingList.RestPartFor(restBefore)) return null;
        var (names, parts) = RestWith(docs, impacts, part, (restBefore - 1) % part + 1);
        var prefix = PostingList.Prefix(Count + docs.Count, bound, names);
        var entry = new byte[prefix.Length + head.Length + 1];
        for (var i = 0; i < prefix.Length; i++) entry[i] = (byte)prefix[i];
        head.CopyTo(entry.AsSpan(prefix.Length));
        entry[^1] = (byte)'}';
        return new ShardEntry(Key, false, null, Count + docs.Count, entry, names, parts, docs[^1]);
    }

    /// <summary>
    /// The rest's parts with the postings added at its end: the last part, which holds
    /// <paramref name="inPart"/>, filled up to <paramref name="part"/>, then a new part begun, its
    /// ids counted from 0, as <see cref="PostingList.Write"/> cuts them. Every other part is kept,
    /// with its name.
    /// </summary>
    private (string[] Names, ReadOnlyMemory<byte>[] Parts) RestWith(IReadOnlyList<int> docs, IReadOnlyList<int> impacts, int part, int inPart)
    {
        // Arrays of the parts' final number, not lists: a list of a struct is generic code in no precompiled image.
        var count = RestParts.Length + (inPart + docs.Count - 1) / part;
        var names = new string[count];
        var parts = new ReadOnlyMemory<byte>[count];
        Array.Copy(RestNames!, names, RestParts.Length - 1);
        Array.Copy(RestParts, parts, RestParts.Length - 1);
        var at = RestParts.Length - 1;
        var last = RestParts[^1].Span;
        var buffer = new byte[last.Length + docs.Count * 16 + 2];
        last[..^1].CopyTo(buffer);
        var length = last.Length - 1;
        var previous = LastInRest;
        void Close()
        {
            buffer[length++] = (byte)']';
            var made = buffer.AsSpan(0, length).ToArray();
            names[at] = SearchIndexFiles.NameOf(made);
            parts[at++] = made;
        }
        for (var i = 0; i < docs.Count; i++)
        {
            if (inPart == part)
            {
                Close();
                (length, inPart, previous) = (0, 0, 0);
            }
            buffer[length++] = inPart == 0 ? (byte)'[' : (byte)',';
            length += Pair(buffer.AsSpan(length), docs[i] - previous, impacts[i]);
            previous = docs[i];
            inPart++;
        }
        Close();
        return (names, parts);
    }

    /// <summary>The lowest impact in a head array.</summary>
    private static int Weakest(ReadOnlySpan<byte> head)
    {
        var weakest = int.MaxValue;
        var at = 1;
        while (at < head.Length - 1)
        {
            ReadNumber(head, ref at);
            at++;
            weakest = Math.Min(weakest, ReadNumber(head, ref at));
            at++;
        }
        return weakest;
    }

    /// <summary>",Δid,impact" for each new posting, the first Δ from <paramref name="previous"/>; returns the bytes written.</summary>
    private static int Pairs(Span<byte> buffer, IReadOnlyList<int> docs, IReadOnlyList<int> impacts, int previous)
    {
        var length = 0;
        for (var i = 0; i < docs.Count; i++)
        {
            buffer[length++] = (byte)',';
            length += Pair(buffer[length..], docs[i] - previous, impacts[i]);
            previous = docs[i];
        }
        return length;
    }

    /// <summary>One posting, "Δ,impact", into <paramref name="buffer"/>; the bytes written.</summary>
    private static int Pair(Span<byte> buffer, int delta, int impact)
    {
        Utf8Formatter.TryFormat(delta, buffer, out var length);
        buffer[length++] = (byte)',';
        Utf8Formatter.TryFormat(impact, buffer[length..], out var written);
        return length + written;
    }

    /// <summary>The head array of a split entry's value ({"df":…,"bound":…,"rest":["…",…],"head":[…]}).</summary>
    private static ReadOnlySpan<byte> Head(ReadOnlySpan<byte> value)
    {
        var at = value.IndexOf("\"head\":"u8);
        if (at < 0) throw new InvalidDataException("a split entry without its head");
        return value[(at + 7)..^1];
    }

    private static int Number(ReadOnlySpan<byte> value, ReadOnlySpan<byte> name)
    {
        var at = value.IndexOf(name);
        if (at < 0) throw new InvalidDataException("a split entry without its " + System.Text.Encoding.ASCII.GetString(name));
        at += name.Length;
        return ReadNumber(value, ref at);
    }

    /// <summary>Reads [Δid, impact, …] pairs into ids and impacts; returns how many.</summary>
    private static int ReadPairs(ReadOnlySpan<byte> array, Span<int> docs, Span<byte> impacts)
    {
        if (array.Length < 2 || array[0] != (byte)'[' || array[^1] != (byte)']') throw new InvalidDataException("not an array of postings");
        var count = 0;
        var id = 0;
        var at = 1;
        while (at < array.Length - 1)
        {
            id += ReadNumber(array, ref at);
            at++;
            var impact = ReadNumber(array, ref at);
            at++;
            docs[count] = id;
            impacts[count++] = (byte)impact;
        }
        return count;
    }

    /// <summary>A whole number ≥ 0 in ASCII digits at <paramref name="at"/>, which is left on the byte after it.</summary>
    private static int ReadNumber(ReadOnlySpan<byte> span, ref int at)
    {
        var start = at;
        var value = 0;
        while (at < span.Length && (uint)(span[at] - '0') <= 9) value = checked(value * 10 + (span[at++] - '0'));
        if (at == start) throw new InvalidDataException("a number was expected");
        return value;
    }
}
