using StaticNews.Search.Analysis;

namespace StaticNews.Search.Incremental;

/// <summary>
/// The bytes of one document segment in the store (<see cref="SearchIndexStore.SegmentSize"/>
/// documents by id): each document's key, counted terms and filter keys. Terms and filter keys
/// are written once a segment, in tables the documents point into by number.
/// </summary>
internal static class DocumentSegment
{
    /// <summary>Writes the documents (their term ids looked up in <paramref name="terms"/>).</summary>
    public static void Write(BinaryWriter writer, IReadOnlyList<StoredDocument> documents, TermTable terms)
    {
        var local = new Dictionary<int, int>();
        var localTerms = new List<int>();
        var filterIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var term in document.Terms.Entries)
                if (local.TryAdd(term.TermId, local.Count)) localTerms.Add(term.TermId);
            foreach (var key in document.FilterKeys) filterIndex.TryAdd(key, filterIndex.Count);
        }
        writer.Write(SearchField.All.Count);
        writer.Write(localTerms.Count);
        foreach (var id in localTerms) writer.Write(terms[id]);
        writer.Write(filterIndex.Count);
        foreach (var key in filterIndex.Keys) writer.Write(key);
        writer.Write(documents.Count);
        foreach (var document in documents)
        {
            writer.Write(document.Key);
            foreach (var length in document.Terms.Lengths) writer.Write7BitEncodedInt(length);
            writer.Write7BitEncodedInt(document.Terms.TermCount);
            foreach (var term in document.Terms.Entries)
            {
                writer.Write7BitEncodedInt(local[term.TermId]);
                writer.Write7BitEncodedInt64((long)term.Counts);
            }
            writer.Write7BitEncodedInt(document.FilterKeys.Length);
            foreach (var key in document.FilterKeys) writer.Write7BitEncodedInt(filterIndex[key]);
        }
    }

    /// <summary>The documents, their terms given ids in <paramref name="terms"/>.</summary>
    public static List<StoredDocument> Read(BinaryReader reader, TermTable terms)
    {
        var fields = reader.ReadInt32();
        if (fields != SearchField.All.Count) throw new InvalidDataException("another set of fields");
        var ids = new int[reader.ReadInt32()];
        for (var i = 0; i < ids.Length; i++) ids[i] = terms.IdOf(reader.ReadString());
        var filterKeys = new string[reader.ReadInt32()];
        for (var i = 0; i < filterKeys.Length; i++) filterKeys[i] = reader.ReadString();
        var count = reader.ReadInt32();
        var documents = new List<StoredDocument>(count);
        for (var d = 0; d < count; d++)
        {
            var key = reader.ReadString();
            var lengths = new int[fields];
            for (var f = 0; f < fields; f++) lengths[f] = reader.Read7BitEncodedInt();
            var termCount = reader.Read7BitEncodedInt();
            var termIds = new int[termCount];
            var counts = new ulong[termCount];
            for (var t = 0; t < termCount; t++)
            {
                termIds[t] = ids[reader.Read7BitEncodedInt()];
                counts[t] = (ulong)reader.Read7BitEncodedInt64();
            }
            var filters = new string[reader.Read7BitEncodedInt()];
            for (var f = 0; f < filters.Length; f++) filters[f] = filterKeys[reader.Read7BitEncodedInt()];
            documents.Add(new StoredDocument(key, DocumentTerms.Of(lengths, termIds, counts), filters));
        }
        return documents;
    }
}
