using StaticNews.Caching;
using System.Security.Cryptography;
using System.Text;
using StaticNews.Search.Analysis;
using StaticNews.Search.IndexFormat;

namespace StaticNews.Search.Incremental;

/// <summary>
/// What the index builder keeps between builds, in the cache folder, so that a build that adds,
/// edits or removes a few articles redoes only their part of the index:
/// <list type="bullet">
/// <item><c>index.bin</c>, the <see cref="SearchIndexState"/>: every document's key and fragment
/// name by id, the field length sums, the shard table (with where each shard's blob is), the
/// document segments and block groups;</item>
/// <item><c>pack-{name}.bin</c>: blobs (<see cref="ShardBlob"/>), one per term shard, each holding the shard's entries as
/// written (<see cref="ShardEntry"/>: the shard's bytes for each key, and a long list's rest), from
/// which any entry's whole posting list is read back. A build puts the blobs of the shards it makes
/// into one new pack, and gathers all blobs into one when the packs hold too much no longer used;</item>
/// <item><c>docs-{hash}.bin</c> (<see cref="DocumentSegment"/>), one per <see cref="SegmentSize"/> documents by id: each
/// document's key, counted terms and filter keys, so that a document whose key is unchanged is
/// never tokenised again, and a changed one's old terms are known.</item>
/// </list>
/// Segments are named by the hash of their bytes (<see cref="HashedFile"/>) and blobs carry theirs in the state, and both are
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
    private static readonly CacheFormat Format = new("search index state", 3);

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
    /// The store in <paramref name="cache"/> for an index made with these options into
    /// <paramref name="indexFolder"/> for a site whose key is <paramref name="site"/>; null when there is no cache.
    /// </summary>
    public static SearchIndexStore? Open(BuildCache? cache, SearchIndexOptions options, string indexFolder, string site = "")
    {
        if (cache == null) return null;
        var version = string.Join("\n", GeneratorBuild.Id, options.ToString(), indexFolder,
            string.Join(",", SearchField.All.Select(f => $"{f.Name}:{f.Weight}:{f.LengthNormalisation}")), DocumentTerms.BitsPerField);
        return new SearchIndexStore(cache.SearchFolder, version, site);
    }

    /// <summary>The state the last build left, or null when there is none this build can use.</summary>
    public SearchIndexState? Load()
    {
        var file = Path.Combine(Folder, StateFile);
        if (!File.Exists(file)) return null;
        try
        {
            return HashedFile.Read(file, trailer: true, reader =>
            {
                if (!Format.ReadHeader(reader) || reader.ReadString() != _version) return null;
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
        AtomicFile.Write(Path.Combine(Folder, StateFile), stream => HashedFile.Write(stream, trailer: true, writer =>
        {
            writer.Write(Format.Header);
            writer.Write(_version);
            writer.Write(Site);
            state.Write(writer);
        }));

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
        => AtomicFile.WriteNamed(Folder, stream => prefix + Convert.ToHexStringLower(HashedFile.Write(stream, trailer: false, write).AsSpan(0, 16)) + ".bin");

    /// <summary>Reads a file <see cref="Put"/> wrote, checked against its name.</summary>
    internal T Get<T>(string name, Func<BinaryReader, T> parse)
    {
        var dash = name.IndexOf('-');
        if (dash < 0 || !name.EndsWith(".bin", StringComparison.Ordinal)) throw new InvalidDataException($"search cache file {name} is not one the store names");
        return HashedFile.Read(Path.Combine(Folder, name), trailer: false, parse, name.AsSpan(dash + 1, name.Length - dash - 5).ToString());
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
        var name = "pack-" + Guid.NewGuid().ToString("N") + ".bin";
        AtomicFile.Write(Path.Combine(Folder, name), file =>
        {
            using var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true);
            // One buffer for every blob, as big as the biggest from the start.
            var largest = 0;
            foreach (var shard in shards) largest = Math.Max(largest, ShardBlob.SizeBound(shard));
            using var blob = new MemoryStream(largest);
            using var blobWriter = new BinaryWriter(blob, Encoding.UTF8, leaveOpen: true);
            long offset = 0;
            for (var s = 0; s < shards.Count; s++)
            {
                blob.SetLength(0);
                ShardBlob.Write(blobWriter, shards[s]);
                blobWriter.Flush();
                var bytes = blob.GetBuffer().AsSpan(0, (int)blob.Length);
                locations[s] = (offset, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)));
                writer.Write(bytes);
                offset += bytes.Length;
            }
        });
        var placed = new BlobLocation[shards.Count];
        for (var s = 0; s < placed.Length; s++) placed[s] = new BlobLocation(name, locations[s].Offset, locations[s].Length, locations[s].Hash);
        return placed;
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
    internal List<ShardEntry> GetShard(BlobLocation blob) => ShardBlob.Read(ReadBlob(blob));

    // ---- document segments ----

    /// <summary>Writes the documents of one segment (their term ids looked up in <paramref name="terms"/>) and returns its name.</summary>
    internal string PutSegment(IReadOnlyList<StoredDocument> documents, TermTable terms) => Put("docs-", writer => DocumentSegment.Write(writer, documents, terms));

    /// <summary>The documents of a segment, their terms given ids in <paramref name="terms"/>.</summary>
    internal List<StoredDocument> GetSegment(string name, TermTable terms) => Get(name, reader => DocumentSegment.Read(reader, terms));
}
