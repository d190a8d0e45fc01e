using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace StaticNews.Search;

/// <summary>
/// What the index builder keeps between builds, in the cache folder, so that a build that adds,
/// edits or removes a few articles redoes only their part of the index:
/// <list type="bullet">
/// <item><c>index.bin</c>, the <see cref="SearchIndexState"/>: every document's key and fragment
/// name by id, the field length sums, the shard table (with where each shard's blob is), the
/// document segments and block groups;</item>
/// <item><c>pack-{name}.bin</c>: blobs, one per term shard, each holding the shard's entries as
/// written (<see cref="ShardEntry"/>: the shard's bytes for each key, and a long list's rest), from
/// which any entry's whole posting list is read back. A build puts the blobs of the shards it makes
/// into one new pack, and gathers all blobs into one when the packs hold too much no longer used;</item>
/// <item><c>docs-{hash}.bin</c>, one per <see cref="SegmentSize"/> documents by id: each
/// document's key, counted terms and filter keys, so that a document whose key is unchanged is
/// never tokenised again, and a changed one's old terms are known.</item>
/// </list>
/// Segments are named by the hash of their bytes and blobs carry theirs in the state, and both are
/// checked when read; the state ends with the hash of what precedes it. The state names the options and the
/// generator build it was made with (the tokenizer and stemmer are compiled in); a state of
/// another build or options, or any damage, and the cache is simply not used. Everything kept is
/// a function of the documents it was made from, never of the order builds happened in: the
/// builder only ever reuses it for exactly those documents.
/// </summary>
public sealed class SearchIndexStore
{
    public const int SegmentSize = 256;
    private const string StateFile = "index.bin";
    private const string Magic = "StaticNews-search-state-2";

    private readonly string _version;

    private SearchIndexStore(string folder, string version, string site)
    {
        Folder = folder;
        _version = version;
        Site = site;
    }

    public string Folder { get; }

    /// <summary>The site key of this build (layouts, settings, strings: see RenderFingerprint), kept with the state.</summary>
    public string Site { get; }

    /// <summary>
    /// The store under <paramref name="cacheFolder"/> for an index made with these options into
    /// <paramref name="indexFolder"/> for a site whose key is <paramref name="site"/>; null when there is no cache folder.
    /// </summary>
    public static SearchIndexStore? Open(string? cacheFolder, SearchIndexOptions options, string indexFolder, string site = "")
    {
        if (cacheFolder == null) return null;
        var version = string.Join("\n", Magic, typeof(SearchIndexStore).Assembly.ManifestModule.ModuleVersionId, options.ToString(), indexFolder,
            string.Join(",", SearchField.All.Select(f => $"{f.Name}:{f.Weight}:{f.LengthNormalisation}")), DocumentTerms.BitsPerField);
        return new SearchIndexStore(Path.Combine(cacheFolder, "search"), version, site);
    }

    /// <summary>The state the last build left, or null when there is none this build can use.</summary>
    public SearchIndexState? Load()
    {
        var file = Path.Combine(Folder, StateFile);
        if (!File.Exists(file)) return null;
        try
        {
            return Read(file, trailer: true, reader =>
            {
                if (reader.ReadString() != _version) return null;
                var site = reader.ReadString();
                return SearchIndexState.Read(reader, site);
            });
        }
        catch (Exception e) when (IsDamage(e))
        {
            return null;
        }
    }

    /// <summary>
    /// Makes <paramref name="state"/> the one the next build finds (its blobs and segments are
    /// written already), then deletes the files it no longer names.
    /// </summary>
    public void Save(SearchIndexState state)
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, StateFile);
        var temp = file + ".tmp";
        Write(temp, trailer: true, writer =>
        {
            writer.Write(_version);
            writer.Write(Site);
            state.Write(writer);
        });
        File.Move(temp, file, overwrite: true);

        var named = new HashSet<string>(state.Segments, StringComparer.Ordinal);
        foreach (var shard in state.Shards) named.Add(shard.Blob.Pack);
        foreach (var path in Directory.EnumerateFiles(Folder))
        {
            var name = Path.GetFileName(path);
            if (name != StateFile && !named.Contains(name)) File.Delete(path);
        }
    }

    /// <summary>Writes a file named by the hash of its bytes (kept as it is when it is there already) and returns its name.</summary>
    internal string Put(string prefix, Action<BinaryWriter> write)
    {
        Directory.CreateDirectory(Folder);
        var temp = Path.Combine(Folder, prefix + Guid.NewGuid().ToString("N") + ".tmp");
        var hash = Write(temp, trailer: false, write);
        var name = prefix + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + ".bin";
        var path = Path.Combine(Folder, name);
        if (File.Exists(path)) File.Delete(temp);
        else File.Move(temp, path, overwrite: true);
        return name;
    }

    /// <summary>Reads a file <see cref="Put"/> wrote, checked against its name.</summary>
    internal T Get<T>(string name, Func<BinaryReader, T> parse)
    {
        var dash = name.IndexOf('-');
        if (dash < 0 || !name.EndsWith(".bin", StringComparison.Ordinal)) throw new InvalidDataException($"search cache file {name} is not one the store names");
        return Read(Path.Combine(Folder, name), trailer: false, parse, name.AsSpan(dash + 1, name.Length - dash - 5).ToString());
    }

    // Files are written through the hash and read into a rented buffer: a segment or the state is
    // a large object, and allocating large objects brings on full collections of the whole heap.
    private static byte[] Write(string path, bool trailer, Action<BinaryWriter> write)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        using var hashing = new HashingStream(file);
        using (var writer = new BinaryWriter(new BufferedStream(hashing, 1 << 16), Encoding.UTF8, leaveOpen: false)) write(writer);
        var hash = hashing.Hash();
        if (trailer) file.Write(hash);
        return hash;
    }

    private static T Read<T>(string path, bool trailer, Func<BinaryReader, T> parse, string? expectedHex = null)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var length = checked((int)file.Length);
        var content = trailer ? length - 32 : length;
        if (content < 0) throw new InvalidDataException("a search cache file too short");
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
        try
        {
            file.ReadExactly(buffer, 0, length);
            var hash = SHA256.HashData(buffer.AsSpan(0, content));
            var good = trailer ? hash.AsSpan().SequenceEqual(buffer.AsSpan(content, 32))
                : Convert.ToHexStringLower(hash.AsSpan(0, 16)) == expectedHex;
            if (!good) throw new InvalidDataException($"search cache file {Path.GetFileName(path)} does not hold what it was written with");
            using var reader = new BinaryReader(new MemoryStream(buffer, 0, content, writable: false), Encoding.UTF8);
            var result = parse(reader);
            if (reader.BaseStream.Position != content) throw new InvalidDataException($"search cache file {Path.GetFileName(path)} holds more than it should");
            return result;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Passes writes on to a stream (which it leaves open) and hashes them (SHA-256) on the way.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public byte[] Hash()
        {
            var hash = _hash.GetHashAndReset();
            _hash.Dispose();
            return hash;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    internal static bool IsDamage(Exception e)
        => e is IOException or InvalidDataException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException or UnauthorizedAccessException;

    // ---- shard blobs ----

    /// <summary>
    /// Writes each shard's entries (see <see cref="ShardEntry"/>) as one blob, one after another,
    /// into a new pack (one file a build, not one a shard: making files is what costs) and
    /// returns where each is.
    /// </summary>
    internal BlobLocation[] PutPack(IReadOnlyList<IReadOnlyList<ShardEntry>> shards)
    {
        var locations = new (long Offset, int Length, string Hash)[shards.Count];
        // Each blob is checked against its own hash when read, so the pack needs no hash of its
        // own for a name: a new name a pack is enough, and the bytes are hashed once, not twice.
        Directory.CreateDirectory(Folder);
        var name = "pack-" + Guid.NewGuid().ToString("N") + ".bin";
        var temp = Path.Combine(Folder, name + ".tmp");
        using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
        using (var writer = new BinaryWriter(file, Encoding.UTF8))
        {
            // One buffer for every blob, as big as the biggest from the start.
            var largest = 0;
            foreach (var shard in shards)
            {
                var size = 4;
                foreach (var entry in shard) size += 3 * entry.Key.Length + 3 * (entry.Label?.Length ?? 0) + (entry.RestName?.Length ?? 0) + entry.Value.Length + entry.Rest.Length + 40;
                largest = Math.Max(largest, size);
            }
            using var blob = new MemoryStream(largest);
            using var blobWriter = new BinaryWriter(blob, Encoding.UTF8, leaveOpen: true);
            long offset = 0;
            for (var s = 0; s < shards.Count; s++)
            {
                blob.SetLength(0);
                WriteShard(blobWriter, shards[s]);
                blobWriter.Flush();
                var bytes = blob.GetBuffer().AsSpan(0, (int)blob.Length);
                locations[s] = (offset, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)));
                writer.Write(bytes);
                offset += bytes.Length;
            }
        }
        File.Move(temp, Path.Combine(Folder, name));
        var placed = new BlobLocation[shards.Count];
        for (var s = 0; s < placed.Length; s++) placed[s] = new BlobLocation(name, locations[s].Offset, locations[s].Length, locations[s].Hash);
        return placed;
    }

    private static void WriteShard(BinaryWriter writer, IReadOnlyList<ShardEntry> entries)
    {
        writer.Write(entries.Count);
        foreach (var entry in entries)
        {
            writer.Write(entry.Key);
            writer.Write(entry.IsFilter);
            writer.Write(entry.Label ?? "");
            writer.Write7BitEncodedInt(entry.Count);
            writer.Write7BitEncodedInt(entry.Value.Length);
            writer.Write(entry.Value.Span);
            writer.Write(entry.RestName ?? "");
            writer.Write7BitEncodedInt(entry.Rest.Length);
            writer.Write(entry.Rest.Span);
            writer.Write7BitEncodedInt(entry.LastInRest);
        }
    }

    /// <summary>The size of a pack's file.</summary>
    internal long PackSize(string pack) => new FileInfo(Path.Combine(Folder, pack)).Length;

    /// <summary>A blob's bytes, checked against its hash.</summary>
    internal byte[] ReadBlob(BlobLocation blob)
    {
        if (!blob.Pack.StartsWith("pack-", StringComparison.Ordinal) || blob.Pack.IndexOfAny(['/', '\\']) >= 0) throw new InvalidDataException("not a pack of the store");
        using var handle = File.OpenHandle(Path.Combine(Folder, blob.Pack));
        var bytes = new byte[blob.Length];
        if (RandomAccess.Read(handle, bytes, blob.Offset) != blob.Length || Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) != blob.Hash)
            throw new InvalidDataException($"search cache pack {blob.Pack} does not hold the blob at {blob.Offset}");
        return bytes;
    }

    /// <summary>The entries of a shard blob, in key order; their bytes are slices of the blob, not copies.</summary>
    internal List<ShardEntry> GetShard(BlobLocation blob)
    {
        var bytes = ReadBlob(blob);
        var stream = new MemoryStream(bytes, writable: false);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        ReadOnlyMemory<byte> Slice()
        {
            var length = reader.Read7BitEncodedInt();
            var start = (int)stream.Position;
            if (length < 0 || start + length > bytes.Length) throw new InvalidDataException("a shard blob cut short");
            stream.Position += length;
            return new ReadOnlyMemory<byte>(bytes, start, length);
        }
        var count = reader.ReadInt32();
        var entries = new List<ShardEntry>(Math.Min(count, 1 << 16));
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            var isFilter = reader.ReadBoolean();
            var label = reader.ReadString();
            var postings = reader.Read7BitEncodedInt();
            var value = Slice();
            var restName = reader.ReadString();
            var rest = Slice();
            var lastInRest = reader.Read7BitEncodedInt();
            entries.Add(new ShardEntry(key, isFilter, isFilter ? label : null, postings, value, restName.Length == 0 ? null : restName, rest, lastInRest));
        }
        if (stream.Position != bytes.Length) throw new InvalidDataException("a shard blob holds more than its entries");
        return entries;
    }

    // ---- document segments ----

    /// <summary>Writes the documents of one segment (their term ids looked up in <paramref name="terms"/>) and returns its name.</summary>
    internal string PutSegment(IReadOnlyList<StoredDocument> documents, TermTable terms)
    {
        var local = new Dictionary<int, int>();
        var localTerms = new List<int>();
        var filterIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var id in document.Terms.TermIds)
                if (local.TryAdd(id, local.Count)) localTerms.Add(id);
            foreach (var key in document.FilterKeys) filterIndex.TryAdd(key, filterIndex.Count);
        }
        return Put("docs-", writer =>
        {
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
                writer.Write7BitEncodedInt(document.Terms.TermIds.Length);
                for (var t = 0; t < document.Terms.TermIds.Length; t++)
                {
                    writer.Write7BitEncodedInt(local[document.Terms.TermIds[t]]);
                    writer.Write7BitEncodedInt64((long)document.Terms.Counts[t]);
                }
                writer.Write7BitEncodedInt(document.FilterKeys.Length);
                foreach (var key in document.FilterKeys) writer.Write7BitEncodedInt(filterIndex[key]);
            }
        });
    }

    /// <summary>The documents of a segment, their terms given ids in <paramref name="terms"/>.</summary>
    internal List<StoredDocument> GetSegment(string name, TermTable terms) => Get(name, reader =>
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
            documents.Add(new StoredDocument(key, new DocumentTerms(lengths, termIds, counts), filters));
        }
        return documents;
    });
}

/// <summary>A document as the store keeps it: its key, its counted terms and the keys of its filters.</summary>
internal sealed record StoredDocument(string Key, DocumentTerms Terms, string[] FilterKeys)
{
    /// <summary>An indexed document as the store keeps it (it needs its key), each filter key once.</summary>
    public static StoredDocument Of(IndexedDocument document)
    {
        var keys = new List<string>(document.Filters.Count);
        foreach (var filter in document.Filters)
            if (!keys.Contains(filter.Key)) keys.Add(filter.Key);
        return new(document.Key ?? throw new InvalidOperationException("a document kept in the store needs its key"), document.Terms, [.. keys]);
    }
}
