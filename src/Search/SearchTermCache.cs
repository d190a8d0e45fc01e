using System.Collections.Concurrent;
using System.Text;

namespace StaticNews.Search;

/// <summary>
/// Each document's counted terms and fragment name from the last build, by document key, kept in
/// the cache folder. Tokenising and stemming every article is most of the index's cost, and an
/// article whose key (its text, URL, terms and dates) is unchanged counts the same: a new article
/// in a 10,000-article archive then costs one article's counting, not ten thousand.
/// The file names the generator build (the tokenizer and stemmer are compiled in); another build,
/// or any damage, and the cache is simply not used.
/// </summary>
public sealed class SearchTermCache
{
    private const string FileName = "search-terms.bin";
    private static readonly string Version = "StaticNews-search-terms-1 " + typeof(SearchTermCache).Assembly.ManifestModule.ModuleVersionId;

    private readonly string? _file;
    private readonly Dictionary<string, (DocumentTerms Terms, string FragmentName)> _previous = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (DocumentTerms Terms, string FragmentName)> _next = new(StringComparer.Ordinal);

    /// <summary>Term ids of everything this cache holds and every document counted with it.</summary>
    public TermTable Terms { get; } = new();

    public SearchTermCache(string? folder)
    {
        if (folder == null) return;
        _file = Path.Combine(folder, FileName);
        if (!File.Exists(_file)) return;
        try
        {
            Read(_file);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            _previous.Clear();
        }
    }

    public bool TryGet(string key, out DocumentTerms terms, out string fragmentName)
    {
        var found = _previous.TryGetValue(key, out var entry);
        (terms, fragmentName) = entry;
        return found;
    }

    public void Remember(string key, DocumentTerms terms, string fragmentName) => _next[key] = (terms, fragmentName);

    /// <summary>Keeps exactly this build's documents.</summary>
    public void Save()
    {
        if (_file == null) return;
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        var temp = _file + ".tmp";
        using (var writer = new BinaryWriter(new BufferedStream(File.Create(temp), 1 << 16), Encoding.UTF8))
        {
            writer.Write(Version);
            writer.Write(SearchField.All.Count);
            var used = _next.Values.SelectMany(v => v.Terms.TermIds).Distinct().Order().ToList();
            writer.Write(used.Count);
            foreach (var id in used) writer.Write(Terms[id]);
            var position = new Dictionary<int, int>(used.Count);
            for (var i = 0; i < used.Count; i++) position[used[i]] = i;
            writer.Write(_next.Count);
            foreach (var (key, (terms, fragment)) in _next.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.Write(key);
                writer.Write(fragment);
                foreach (var length in terms.Lengths) writer.Write7BitEncodedInt(length);
                writer.Write7BitEncodedInt(terms.TermIds.Length);
                for (var t = 0; t < terms.TermIds.Length; t++)
                {
                    writer.Write7BitEncodedInt(position[terms.TermIds[t]]);
                    writer.Write7BitEncodedInt64((long)terms.Counts[t]);
                }
            }
        }
        File.Move(temp, _file, overwrite: true);
    }

    private void Read(string file)
    {
        using var reader = new BinaryReader(new BufferedStream(File.OpenRead(file), 1 << 16), Encoding.UTF8);
        if (reader.ReadString() != Version || reader.ReadInt32() != SearchField.All.Count) return;
        var ids = new int[reader.ReadInt32()];
        for (var i = 0; i < ids.Length; i++) ids[i] = Terms.IdOf(reader.ReadString());
        var documents = reader.ReadInt32();
        for (var d = 0; d < documents; d++)
        {
            var key = reader.ReadString();
            var fragment = reader.ReadString();
            var lengths = new int[SearchField.All.Count];
            for (var f = 0; f < lengths.Length; f++) lengths[f] = reader.Read7BitEncodedInt();
            var count = reader.Read7BitEncodedInt();
            var termIds = new int[count];
            var counts = new ulong[count];
            for (var t = 0; t < count; t++)
            {
                termIds[t] = ids[reader.Read7BitEncodedInt()];
                counts[t] = (ulong)reader.Read7BitEncodedInt64();
            }
            _previous[key] = (new DocumentTerms(lengths, termIds, counts), fragment);
        }
    }
}
