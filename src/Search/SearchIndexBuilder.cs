using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticNews.Output;
using StaticNews.Text;

namespace StaticNews.Search;

/// <summary>
/// Builds the static search index: BM25F term impacts, filter lists, sharded into
/// content-hashed files the browser fetches one by one (see <see cref="SearchIndex"/> for the layout).
/// Documents come oldest first: a document's id is its position, so a new article gets the
/// next id and leaves the other ids, and most files, as they were; the highest id is the newest,
/// which is how the browser breaks ties newest first.
/// </summary>
public sealed class SearchIndexBuilder(SearchIndexOptions? options = null)
{
    private readonly SearchIndexOptions _options = options ?? new SearchIndexOptions();

    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        // Danish letters stay readable and small; <, >, & and quotes are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public SearchIndex Build(IReadOnlyList<SearchDocument> documents, string folder = "search/")
    {
        var terms = new TermTable();
        var prepared = new IndexedDocument[documents.Count];
        Parallel.For(0, documents.Count, d => prepared[d] = Prepare(documents[d], terms));
        return Build(prepared, terms, folder);
    }

    /// <summary>Counts a document's terms (into <paramref name="terms"/>) and writes its result fragment.</summary>
    public IndexedDocument Prepare(SearchDocument document, TermTable terms, string? key = null)
    {
        var fragment = Fragment(document);
        return new IndexedDocument(DocumentTerms.Count(document, SearchField.All, terms), document.Filters, Hash(fragment), fragment, key);
    }

    /// <summary>
    /// Builds the index from documents already counted, oldest first, their term ids from
    /// <paramref name="terms"/>. With <paramref name="fragmentsWritten"/> the caller has put out
    /// the fragment files itself and they are not among the files returned.
    /// </summary>
    public SearchIndex Build(IReadOnlyList<IndexedDocument> documents, TermTable terms, string folder = "search/", bool fragmentsWritten = false)
    {
        var fields = SearchField.All;
        var counted = documents.Select(d => d.Terms).ToArray();

        var averageLengths = new double[fields.Count];
        for (var f = 0; f < fields.Count; f++)
            averageLengths[f] = documents.Count == 0 ? 1 : Math.Max(1, counted.Average(c => c.Lengths[f]));

        // Postings in document order, so every list is sorted by id and delta-codes small.
        var frequencies = new Dictionary<int, int>();
        foreach (var document in counted)
            foreach (var id in document.TermIds) frequencies[id] = frequencies.GetValueOrDefault(id) + 1;
        var postings = new Dictionary<int, PostingList>(frequencies.Count);
        for (var d = 0; d < counted.Length; d++)
        {
            var document = counted[d];
            for (var t = 0; t < document.TermIds.Length; t++)
            {
                if (!postings.TryGetValue(document.TermIds[t], out var list)) postings[document.TermIds[t]] = list = new PostingList(frequencies[document.TermIds[t]]);
                list.Add(d, Impact(document, t, averageLengths, fields));
            }
        }

        var filters = new SortedDictionary<string, (string Label, List<int> Docs)>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var filter in documents[d].Filters.DistinctBy(f => f.Key))
            {
                if (!filters.TryGetValue(filter.Key, out var entry)) filters[filter.Key] = entry = (filter.Label, []);
                entry.Docs.Add(d);
            }
        }

        var files = new List<OutputFile>();
        var written = postings.AsParallel().Select(p => (Key: terms[p.Key], Written: p.Value.Write(_options.HeadPostings))).ToList();
        var termCount = postings.Count;
        postings.Clear(); // the lists are written: at 100,000 articles they are some hundred megabytes
        var entries = new List<(string Key, byte[] Value)>(termCount + filters.Count);
        foreach (var (key, list) in written)
        {
            entries.Add((key, list.Entry));
            if (list.Rest != null) files.Add(new OutputFile(folder + "p/" + list.RestName + ".json", list.Rest));
        }
        entries.AddRange(filters.Select(f => (f.Key, FilterJson(f.Value.Label, f.Value.Docs))));
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        // Two terms with the same rest share its file.
        files = [.. files.DistinctBy(f => f.Path).OrderBy(f => f.Path, StringComparer.Ordinal)];
        var splitCount = written.Count(w => w.Written.Rest != null);

        var shards = WriteShards(entries, folder, files);
        var blocks = WriteDocuments(documents, folder, files, writeFragments: !fragmentsWritten);
        var manifest = Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 2);
            w.WriteNumber("documents", documents.Count);
            w.WriteNumber("blockSize", _options.BlockSize);
            w.WriteNumber("blockGroup", _options.BlockGroup);
            w.WriteNumber("impactScale", SearchIndexOptions.ImpactScale);
            w.WriteStartArray("stopWords");
            foreach (var word in DanishStopWords.All) w.WriteStringValue(word);
            w.WriteEndArray();
            w.WriteStartArray("shards");
            foreach (var (first, file) in shards)
            {
                w.WriteStartArray();
                w.WriteStringValue(first);
                w.WriteStringValue(file);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteStartArray("blockGroups");
            foreach (var hash in blocks) w.WriteStringValue(hash);
            w.WriteEndArray();
            w.WriteEndObject();
        });
        var manifestPath = folder + "manifest." + Hash(manifest) + ".json";
        files.Add(new OutputFile(manifestPath, manifest));
        return new SearchIndex(manifestPath, files, termCount, shards.Count, splitCount);
    }

    /// <summary>
    /// The BM25F term-frequency part for one term in one document, scaled to a small integer:
    /// each field's count is weighted and normalised by the field's length against the average,
    /// then saturated (k1). The idf part depends only on how many documents hold the term, which
    /// the browser sees as the length of the posting list, so it is computed there.
    /// </summary>
    private int Impact(DocumentTerms document, int entry, double[] averageLengths, IReadOnlyList<SearchField> fields)
    {
        double weighted = 0;
        for (var f = 0; f < fields.Count; f++)
        {
            var count = document.CountOf(entry, f);
            if (count == 0) continue;
            var b = fields[f].LengthNormalisation;
            weighted += fields[f].Weight * count / (1 - b + b * document.Lengths[f] / averageLengths[f]);
        }
        var saturated = weighted / (_options.K1 + weighted);
        return Math.Clamp((int)Math.Round(saturated * SearchIndexOptions.ImpactScale), 1, SearchIndexOptions.ImpactScale);
    }

    /// <summary>
    /// Cuts the sorted entries into shards near a target size. The target grows with the square
    /// root of the index, which balances the manifest (one line a shard) against the one shard a
    /// word needs; a posting list bigger than the target gets a shard of its own.
    /// </summary>
    private List<(string First, string File)> WriteShards(List<(string Key, byte[] Value)> entries, string folder, List<OutputFile> files)
    {
        long total = entries.Sum(e => (long)e.Value.Length + e.Key.Length + 4);
        var target = _options.ShardBytes ?? (int)Math.Max(_options.MinShardBytes, Math.Sqrt(total * 40.0));
        var shards = new List<(string, string)>();
        var start = 0;
        while (start < entries.Count)
        {
            var end = start;
            long size = 0;
            while (end < entries.Count && (end == start || size + entries[end].Value.Length + entries[end].Key.Length < target))
            {
                size += entries[end].Value.Length + entries[end].Key.Length + 4;
                end++;
            }
            var content = Json(w =>
            {
                w.WriteStartObject();
                for (var i = start; i < end; i++)
                {
                    w.WritePropertyName(entries[i].Key);
                    w.WriteRawValue(entries[i].Value, skipInputValidation: true);
                }
                w.WriteEndObject();
            });
            var name = "t/" + Hash(content) + ".json";
            files.Add(new OutputFile(folder + name, content));
            shards.Add((shards.Count == 0 ? "" : entries[start].Key, name));
            start = end;
        }
        return shards;
    }

    /// <summary>
    /// One small file per document with what its result shows (its "fragment"), and blocks of
    /// ids → fragment names, so the browser fetches metadata only for the hits it draws (the
    /// fragments only when the caller has not written them). Returns the names of the block groups.
    /// </summary>
    private List<string> WriteDocuments(IReadOnlyList<IndexedDocument> documents, string folder, List<OutputFile> files, bool writeFragments)
    {
        var fragmentNames = documents.Select(d => d.FragmentName).ToArray();
        if (writeFragments) files.AddRange(documents
            .Select(d => new OutputFile(folder + "f/" + d.FragmentName + ".json",
                d.Fragment ?? throw new InvalidOperationException("a document without its fragment's bytes needs fragmentsWritten")) { Key = d.Key })
            .DistinctBy(f => f.Path));

        // Block files are named by a hash of their group (BlockGroup blocks), and the manifest lists one
        // name per group: it grows a sixteenth as fast as with a name per block. A changed article renames
        // the blocks of its group, small files, and a new one those of the last group only.
        var blockContents = new List<byte[]>();
        for (var start = 0; start < documents.Count; start += _options.BlockSize)
        {
            var end = Math.Min(documents.Count, start + _options.BlockSize);
            blockContents.Add(Json(w =>
            {
                w.WriteStartArray();
                for (var d = start; d < end; d++) w.WriteStringValue(fragmentNames[d]);
                w.WriteEndArray();
            }));
        }
        var blocks = new List<string>();
        for (var first = 0; first < blockContents.Count; first += _options.BlockGroup)
        {
            var group = blockContents.Skip(first).Take(_options.BlockGroup).ToList();
            var hash = Hash([.. group.SelectMany(b => b.Append((byte)'\n'))]);
            for (var i = 0; i < group.Count; i++) files.Add(new OutputFile($"{folder}d/{hash}-{i}.json", group[i]));
            blocks.Add(hash);
        }
        return blocks;
    }

    private byte[] Fragment(SearchDocument doc) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("url", doc.Url);
        w.WriteString("title", doc.Title);
        w.WriteString("date", doc.Date);
        w.WriteString("dateText", doc.DateText);
        w.WriteStartArray("locations");
        foreach (var location in doc.Locations) w.WriteStringValue(location);
        w.WriteEndArray();
        w.WriteString("lead", doc.Lead);
        w.WriteString("body", doc.Body.Length > _options.MaxBodyChars ? doc.Body[.._options.MaxBodyChars] : doc.Body);
        w.WriteEndObject();
    });

    private static byte[] FilterJson(string label, List<int> docs)
        => Json(w =>
        {
            w.WriteStartArray();
            w.WriteStringValue(label);
            var previous = 0;
            foreach (var d in docs)
            {
                w.WriteNumberValue(d - previous);
                previous = d;
            }
            w.WriteEndArray();
        });

    internal static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }

    private static string Hash(byte[] content) => ContentHash.Of(content)[..16];
}
